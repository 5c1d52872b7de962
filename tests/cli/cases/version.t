$ plancheck --version; planreport --version
plancheck 0.1.0
planreport 0.1.0
? 0
