from sitrep.lifelong import fewer_collections

fewer_collections()  # a command-line process: few collector passes (sitrep.lifelong)
from sitrep.cli.main import main

main()
