$ planreport -f xml good.plan
planreport: unknown format "xml": use json or text
? 2
