$ planreport -f json includer.plan | grep -E '"(id|objective|source)"'
      "id": "P2",
      "source": "includer.plan:1",
          "id": "O1",
          "source": "sub/part.plan:2"
          "id": "O1.1",
          "objective": "O1",
              "source": "sub/part.plan:4"
          "source": "sub/part.plan:3"
? 0
