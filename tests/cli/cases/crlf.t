$ planreport -f json crlf.plan | grep '"text"'
              "text": "text\nmore",
? 0
