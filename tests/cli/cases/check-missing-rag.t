$ plancheck checks/missing-rag.plan; plancheck checks/missing-rag-ok.plan; plancheck -W no-missing-rag checks/missing-rag.plan
checks/missing-rag.plan:9:3: warning: the last update of action A1 has no RAG rating (red, amber or green) [missing-rag]
    update 2019-05-01
    ^~~~~~~~~~~~~~~~~
0 errors, 1 warning in 1 file
? 0
