using BenchmarkDotNet.Running;
using ClaimCheck.Benchmarks;

// A dry job (CI's smoke run) runs every benchmark once at small sizes; any other job measures the full sizes.
BenchScale.FromArguments(args);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
