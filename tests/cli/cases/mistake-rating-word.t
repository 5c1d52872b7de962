$ PLAN_TODAY=2019-09-01 plancheck mistakes/rating-word.plan
mistakes/rating-word.plan:7:21: error: "greeen" is not a rating; did you mean "green"? A rating is red, amber or green [syntax]
    update 2019-08-20 greeen
                      ^~~~~~
1 error, 0 warnings in 1 file
? 1
