using BenchmarkDotNet.Running;

// Run in Release, e.g.: dotnet run -c Release --project tests/Verification.Benchmarks -- --filter '*Softmax*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
