$ planreport -f json no-newline.plan | grep -A1 '"date"' | head -3; planreport -f json no-newline.plan | grep '"text"'
              "date": {
                "value": "2019-01-01",
              "text": "text at the end of the file",
? 0
