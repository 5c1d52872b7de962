$ PLAN_TODAY=2019-09-01 plancheck mistakes/rating-line.plan; PLAN_TODAY=2019-09-01 plancheck mistakes/rating-line-lower.plan; PLAN_TODAY=2019-09-01 plancheck mistakes/rating-status.plan
mistakes/rating-line.plan:9:3: error: "RAG: green" is not a field; a rating goes on the update line: "update 2019-08-20 green" [syntax]
    RAG: green
    ^~~~~~~~~~
1 error, 0 warnings in 1 file
mistakes/rating-line-lower.plan:9:3: error: "rag green" is not a field; a rating goes on the update line: "update 2019-08-20 green" [syntax]
    rag green
    ^~~~~~~~~
1 error, 0 warnings in 1 file
mistakes/rating-status.plan:9:3: error: "Status: Amber" is not a field; a rating goes on the update line: "update 2019-08-20 amber" [syntax]
    Status: Amber
    ^~~~~~~~~~~~~
1 error, 0 warnings in 1 file
? 1
