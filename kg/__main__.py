"""`python -m kg`: the same command line as `ictkg`."""

from kg.cli import main

if __name__ == "__main__":
    main()
