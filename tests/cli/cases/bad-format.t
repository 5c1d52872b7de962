$ planreport -f xml good.plan
planreport: option --format: unknown value "xml": use text, json, returns, html, markdown, csv or xlsx
? 2
