$ PLAN_TODAY=2019-09-01 plancheck mistakes/unknown-text.plan
mistakes/unknown-text.plan:9:3: error: "Progress: the venue is booked" is not a directive or field; to continue the text of line 7, indent this line more than that one [syntax]
    Progress: the venue is booked
    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
1 error, 0 warnings in 1 file
? 1
