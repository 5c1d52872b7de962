$ plancheck --column-unit=utf16 columns.plan
plancheck: option --column-unit: unknown value "utf16": use char or byte
? 2
