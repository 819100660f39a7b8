using System.Collections.Immutable;
using Verification.Derivations.Tests.Chapters.Properties;

[assembly: AssemblyFixture(typeof(CompiledSoftmaxResultsFixture))]

namespace Verification.Derivations.Tests.Chapters.Properties;

/// <summary>
/// The compiled results for every n the properties draw (2..16), built once for the whole test assembly:
/// compiling is the slow part, evaluating is cheap.
/// </summary>
public sealed class CompiledSoftmaxResultsFixture
{
    public const int SmallestN = 2;
    public const int LargestN = 16;

    private readonly ImmutableArray<CompiledSoftmaxResults> bySize =
        [.. Enumerable.Range(SmallestN, LargestN - SmallestN + 1).AsParallel().AsOrdered().Select(n => new CompiledSoftmaxResults(n))];

    public CompiledSoftmaxResults For(int n) => bySize[n - SmallestN];
}
