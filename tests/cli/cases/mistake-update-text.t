$ PLAN_TODAY=2019-09-01 plancheck mistakes/update-text.plan
mistakes/update-text.plan:7:27: error: the update's text goes on the next line, indented: "  update 2019-08-20 Amber" and below it "    On track, two sessions left to book" [syntax]
    update 2019-08-20 Amber On track, two sessions left to book
                            ^~
1 error, 0 warnings in 1 file
? 1
