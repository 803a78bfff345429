print("benchmarks arrive with the later issues")
