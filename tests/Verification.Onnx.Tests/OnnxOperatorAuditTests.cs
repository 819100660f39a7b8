using Verification.Laws;
using Verification.Laws.Results;
using Verification.TestSupport;

namespace Verification.Onnx.Tests;

/// <summary>
/// What the laws find in ONNX Runtime 1.32's own CPU operators (opset 13): Softmax and LogSoftmax are the stable
/// max-shifted forms in float and double; Sigmoid is accurate to about one ulp of 1/2 in absolute terms but not
/// relatively in the negative tail, where it falls to 0 long before σ underflows (below about −18 in float and
/// −37 in double), as a σ formed from a quantity near 1 does ((1 + tanh(x/2))/2, say).
/// </summary>
public sealed class OnnxOperatorAuditTests : IDisposable
{
    private readonly OnnxImplementation onnx = OnnxImplementation.Operators();

    [Fact]
    public void TheCatalogFailsOnlyTheSigmoidsTailLawsAndHoldsEveryOtherApplicableLaw()
    {
        var results = LawCatalog.All.Select(law => law.CheckGenerated(onnx.Implementation, new LawSampling(Cases: 200, Seed: 1))).ToList();

        Assert.Equal(
            [
                "sigmoid-equals-two-way-softmax (float)",
                "sigmoid-matches-reference (float)",
                "sigmoid-equals-two-way-softmax (double)",
                "sigmoid-matches-reference (double)",
            ],
            results.OfType<LawFails>().Select(static failure => failure.LawName));
        Assert.Equal(
            [
                "softmax-rows-sum-to-one (float)",
                "softmax-entries-in-unit-interval (float)",
                "softmax-finite-for-finite-input (float)",
                "softmax-shift-invariance (float)",
                "softmax-matches-reference (float)",
                "log-softmax-equals-log-of-softmax (float)",
                "sigmoid-reflection (float)",
                "softmax-rows-sum-to-one (double)",
                "softmax-entries-in-unit-interval (double)",
                "softmax-finite-for-finite-input (double)",
                "softmax-shift-invariance (double)",
                "softmax-matches-reference (double)",
                "log-softmax-equals-log-of-softmax (double)",
                "sigmoid-reflection (double)",
                "softmax-float-agrees-with-double (float vs double)",
            ],
            results.OfType<LawHolds>().Select(static holds => holds.LawName));
        Assert.Equal(LawCatalog.All.Count - 19, results.OfType<LawNotApplicable>().Count());
    }

    /// <summary>exp(±1000) overflows and underflows in both precisions; softmax after the max shift is exactly [1, 0, 0].</summary>
    [Fact]
    public void SoftmaxAndLogSoftmaxAreStableForLogitsFarBeyondExpsRange()
    {
        var single = new float[3];
        var @double = new double[3];

        onnx.Implementation.SinglePrecision.Softmax!([1000f, 0f, -1000f], single);
        onnx.Implementation.DoublePrecision.Softmax!([1000.0, 0.0, -1000.0], @double);
        Assert.Equal([1f, 0f, 0f], single);
        Assert.Equal([1.0, 0.0, 0.0], @double);

        // log softmax(x)ᵢ = xᵢ − max x − log Σ exp(xⱼ − max x) = xᵢ − 1000 − log(1 + e⁻¹⁰⁰⁰ + e⁻²⁰⁰⁰) = xᵢ − 1000 exactly.
        onnx.Implementation.SinglePrecision.LogSoftmax!([1000f, 0f, -1000f], single);
        onnx.Implementation.DoublePrecision.LogSoftmax!([1000.0, 0.0, -1000.0], @double);
        Assert.Equal([0f, -1000f, -2000f], single);
        Assert.Equal([0.0, -1000.0, -2000.0], @double);
    }

    /// <summary>
    /// σ(−18) = 1.523e-8 and σ(−40) = 4.248e-18 are normal numbers in float and double, yet ONNX Runtime returns 0:
    /// its tail values are multiples of 2⁻²⁵ (float) and 2⁻⁵² (double), absolute rather than relative accuracy.
    /// </summary>
    [Fact]
    public void SigmoidReturnsZeroInTheNegativeTailWhereTheTrueValueIsANormalNumber()
    {
        var single = new float[2];
        var @double = new double[2];

        onnx.Implementation.SinglePrecision.Sigmoid!([-18f, -30f], single);
        onnx.Implementation.DoublePrecision.Sigmoid!([-40.0, -100.0], @double);

        Assert.Equal([0f, 0f], single);
        Assert.Equal([0.0, 0.0], @double);
    }

    /// <summary>Away from the negative tail ONNX Runtime's sigmoid is accurate to a few ε in both precisions.</summary>
    [Theory]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(5.0)]
    [InlineData(17.0)]
    public void SigmoidIsAccurateWhereItIsNotSmall(double x)
    {
        var single = new float[1];
        var @double = new double[1];
        var exact = 1 / (1 + Math.Exp(-x));

        onnx.Implementation.SinglePrecision.Sigmoid!([(float)x], single);
        onnx.Implementation.DoublePrecision.Sigmoid!([x], @double);

        // 4ε relative: a correctly rounded σ is within ε/2, the reference 1/(1 + e⁻ˣ) in double within a few ε_d.
        Tolerance.Epsilons(4).AssertClose(exact, single[0], $"float σ({x})");
        Tolerance.Epsilons(4).AssertClose(exact, @double[0], $"double σ({x})");
    }

    public void Dispose() => onnx.Dispose();
}
