using System.Numerics;
using Verification.Numerics.Networks;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests.Networks;

public abstract class SigmoidHeadTests<T>
    where T : IFloatingPointIeee754<T>
{
    [Fact]
    public void PredictsTheSigmoidOfTheLogit()
    {
        // w·x + b = 1·(ln 3 − ½) + (−2)·0 + ½ = ln 3, and σ(ln 3) = ¾.
        var head = new SigmoidHead<T>(new ImmutableVector<T>(Of<T>(1), Of<T>(-2)), Of<T>(0.5));
        var features = Array<T>(Math.Log(3) - 0.5, 0);
        Tolerance.Epsilons(8).AssertClose(Math.Log(3), head.Logit(features));
        Tolerance.Epsilons(8).AssertClose(0.75, head.PredictClassZeroProbability(features));
    }

    [Fact]
    public void EveryMemberOfTheSoftmaxFamilyPredictsTheSame()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 50; trial++)
        {
            var head = new SigmoidHead<T>(TestNetworks.Vector<T>(random, 2, 3), Of<T>(random.NextDouble() - 0.5));
            var freeWeights = TestNetworks.Vector<T>(random, 2, 10);
            var freeBias = Of<T>(5 * random.NextDouble());
            var canonical = head.ToSoftmax();
            var shifted = head.ToSoftmax(freeWeights.AsSpan(), freeBias);
            var features = TestNetworks.Vector<T>(random, 2, 4).AsSpan();
            var expected = double.CreateTruncating(head.PredictClassZeroProbability(features));

            // u·x and c cancel exactly in z₀ − z₁ only in exact arithmetic; rounding of w + u and b + c
            // leaves an error of a few ulp of the (larger) shifted logits.
            var tolerance = 64 * FloatingPoint.MachineEpsilon<T>() * (1 + (10 * 4 * 2) + 5);
            Assert.Equal(expected, double.CreateTruncating(canonical.PredictClassZeroProbability(features)), 8 * FloatingPoint.MachineEpsilon<T>());
            Assert.Equal(expected, double.CreateTruncating(shifted.PredictClassZeroProbability(features)), tolerance);
        }
    }

    [Fact]
    public void RoundTripThroughTheCanonicalSoftmaxHeadIsExact()
    {
        var head = new SigmoidHead<T>(new ImmutableVector<T>(Of<T>(0.3), Of<T>(-1.7)), Of<T>(0.25));
        var softmax = head.ToSoftmax();
        Assert.Equal(new ImmutableVector<T>(Of<T>(0.3), Of<T>(-1.7)), new ImmutableVector<T>(softmax.Weights.Row(0)));
        Assert.Equal(new ImmutableVector<T>(T.Zero, T.Zero), new ImmutableVector<T>(softmax.Weights.Row(1)));
        Assert.Equal(head, softmax.ToSigmoid());
    }

    [Fact]
    public void BadArgumentsNameTheArgument()
    {
        var head = new SigmoidHead<T>(new ImmutableVector<T>(T.One, T.One), T.Zero);
        var error = Assert.Throws<ArgumentException>(() => head.Logit(new T[3]));
        Assert.Equal("features", error.ParamName);
        Assert.Contains("Length mismatch", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => head.ToSoftmax(new T[1], T.Zero));
        Assert.Equal("freeWeights", error.ParamName);

        error = Assert.Throws<ArgumentException>(() => new SigmoidHead<T>(new ImmutableVector<T>(), T.Zero));
        Assert.Equal("weights", error.ParamName);
    }
}

public sealed class SigmoidHeadSingleTests : SigmoidHeadTests<float>;

public sealed class SigmoidHeadDoubleTests : SigmoidHeadTests<double>;
