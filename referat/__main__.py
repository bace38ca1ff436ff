from referat.cli import main

main()
