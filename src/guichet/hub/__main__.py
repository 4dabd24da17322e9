from guichet.hub.cli import main

raise SystemExit(main())
