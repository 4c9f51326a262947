using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project bench/FeedHub.Benchmarks -- --filter '*'
// One suite: --filter '*Parsing*' (see docs/benchmarks.md for the recorded results and the machine).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
