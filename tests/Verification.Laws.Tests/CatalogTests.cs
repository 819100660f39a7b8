using Verification.Laws.Results;

namespace Verification.Laws.Tests;

/// <summary>The catalog as a conformance-table row set: unique names, and every law holds for our kernels.</summary>
public class CatalogTests
{
    [Fact]
    public void LawNamesAreUnique()
    {
        var names = LawCatalog.All.Select(static law => law.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(61, names.Count);
    }

    [Fact]
    public void EveryLawCanBeFoundByName()
    {
        Assert.All(LawCatalog.All, static law => Assert.Same(law, LawCatalog.Find(law.Name)));
        Assert.Null(LawCatalog.Find("no-such-law (double)"));
    }

    [Fact]
    public void EveryLawHoldsForOurKernelsOnItsDefaultSampling()
    {
        var results = LawCatalog.All.Select(static law => law.CheckGenerated(OurKernels.Implementation, new LawSampling(Cases: 300, Seed: 11))).ToList();

        Assert.All(results, static result => Assert.IsType<LawHolds>(result));
        Assert.All(results.Cast<LawHolds>(), static holds => Assert.True(holds.CasesChecked > 0, holds.ToString()));
    }

    /// <summary>
    /// Found by the float VJP property: a tiny s₀ (x₀ 35 below the maximum, so its exponent argument carries 35u of
    /// relative error) times a large g₀ moves entry 1. The bound must weigh each sⱼ's own error by |gⱼ|.
    /// </summary>
    [Fact]
    public void TheVectorJacobianProductBoundWeighsEachProbabilitysErrorByItsGradient()
    {
        var input = new Generators.LogitsWithUpstreamGradient<float>([-17.080856323242188f, 18.17860221862793f], [-9.730461120605469f, 0f]);

        var result = new Definitions.SoftmaxVectorJacobianProductEqualsJacobianTransposeTimesGradient<float>().Check(OurKernels.Implementation, input);

        Assert.IsType<LawHolds>(result);
    }
}
