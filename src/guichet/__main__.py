from guichet.app import main

raise SystemExit(main())
