$ planreport -f json ../../../plans/*.plan | grep -c "\"form\": \"separate\""
3
? 0
