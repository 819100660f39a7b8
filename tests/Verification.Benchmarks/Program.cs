using System.Globalization;
using BenchmarkDotNet.Running;
using Verification.Benchmarks;

// Run in Release, e.g.: dotnet run -c Release --project tests/Verification.Benchmarks -- --filter '*Softmax*' --job short
// The in-cache cost per row (RowCostHarness): dotnet run -c Release --project tests/Verification.Benchmarks -- --row-cost [samples]
if (args is ["--row-cost", ..])
{
    RowCostHarness.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
