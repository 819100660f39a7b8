using Verification.Laws;
using Verification.Laws.Kernels;
using Verification.Laws.Results;
using Verification.Numerics;

namespace ConsumerTests;

/// <summary>
/// The kernels of the Verification.Numerics package, bound through their TensorPrimitives-shaped facade,
/// obey every law of the catalog: none is missing a kernel, none fails.
/// </summary>
public sealed class OurKernelsTests
{
    private static readonly Implementation OurKernels = Implementation.FromStaticClass(typeof(Activations));

    public static TheoryData<string> EveryLaw { get; } = [.. LawCatalog.All.Select(static law => law.Name)];

    [Theory]
    [MemberData(nameof(EveryLaw))]
    public void Every_law_holds(string lawName)
    {
        var law = LawCatalog.Find(lawName)!;

        var result = law.CheckGenerated(OurKernels, Sampling.Audit);

        // The result's text carries the worst counterexample when a law fails.
        Assert.True(result is LawHolds, result.ToString());
    }
}
