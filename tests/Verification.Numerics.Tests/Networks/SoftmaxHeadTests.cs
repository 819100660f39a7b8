using System.Numerics;
using Verification.Numerics.Networks;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests.Networks;

public abstract class SoftmaxHeadTests<T>
    where T : IFloatingPointIeee754<T>
{
    [Fact]
    public void PredictsTheSoftmaxOfTheLogits()
    {
        // W = I, b = 0, x = (ln 3, 0): z = (ln 3, 0), softmax₀ = 3/(3 + 1) = ¾.
        var head = new SoftmaxHead<T>(new ImmutableMatrix<T>(2, 2, Array<T>(1, 0, 0, 1)), new ImmutableVector<T>(T.Zero, T.Zero));
        var logits = new T[2];
        head.Logits(Array<T>(Math.Log(3), 0), logits);
        Tolerance.Epsilons(8).AssertClose(Math.Log(3), logits[0]);
        Assert.Equal(T.Zero, logits[1]);
        Tolerance.Epsilons(8).AssertClose(0.75, head.PredictClassZeroProbability(Array<T>(Math.Log(3), 0)));
    }

    [Fact]
    public void TheSigmoidHeadIsTheDifferenceOfTheRows()
    {
        var head = new SoftmaxHead<T>(new ImmutableMatrix<T>(2, 2, Array<T>(1.5, -0.5, 0.5, 0.25)), new ImmutableVector<T>(Of<T>(1), Of<T>(0.75)));
        var sigmoid = head.ToSigmoid();
        Assert.Equal(new ImmutableVector<T>(Of<T>(1), Of<T>(-0.75)), sigmoid.Weights);
        Assert.Equal(Of<T>(0.25), sigmoid.Bias);
    }

    [Fact]
    public void PredictionsAgreeWithTheEquivalentSigmoidHead()
    {
        var random = new Random(6);
        for (var trial = 0; trial < 100; trial++)
        {
            var head = new SoftmaxHead<T>(TestNetworks.Matrix<T>(random, 2, 2, 3), TestNetworks.Vector<T>(random, 2, 2));
            var features = TestNetworks.Vector<T>(random, 2, 5).AsSpan();
            var softmax = double.CreateTruncating(head.PredictClassZeroProbability(features));
            var sigmoid = double.CreateTruncating(head.ToSigmoid().PredictClassZeroProbability(features));

            // Both are σ of z₀ − z₁ up to the rounding of the logits (|z| ≤ 3·5·2 + 2 = 32).
            Assert.Equal(sigmoid, softmax, 64 * 32 * FloatingPoint.MachineEpsilon<T>());
        }
    }

    [Fact]
    public void RoundTripThroughTheSigmoidRecoversTheHeadUpToRounding()
    {
        var random = new Random(8);
        var head = new SoftmaxHead<T>(TestNetworks.Matrix<T>(random, 2, 2), TestNetworks.Vector<T>(random, 2));
        var back = head.ToSigmoid().ToSoftmax(head.Weights.Row(1), head.Biases[1]);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(double.CreateTruncating(head.Weights.AsSpan()[i]), double.CreateTruncating(back.Weights.AsSpan()[i]), 4 * FloatingPoint.MachineEpsilon<T>());
        }
    }

    [Fact]
    public void BadShapesNameTheArgument()
    {
        var error = Assert.Throws<ArgumentException>(() => new SoftmaxHead<T>(new ImmutableMatrix<T>(3, 2, new T[6]), new ImmutableVector<T>(new T[2])));
        Assert.Equal("weights", error.ParamName);
        Assert.Contains("2 weight rows", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => new SoftmaxHead<T>(new ImmutableMatrix<T>(2, 2, new T[4]), new ImmutableVector<T>(new T[1])));
        Assert.Equal("biases", error.ParamName);

        var head = new SoftmaxHead<T>(new ImmutableMatrix<T>(2, 2, new T[4]), new ImmutableVector<T>(new T[2]));
        error = Assert.Throws<ArgumentException>(() => head.PredictClassZeroProbability(new T[5]));
        Assert.Equal("features", error.ParamName);

        error = Assert.Throws<ArgumentException>(() => new ImmutableMatrix<T>(2, 2, new T[3]));
        Assert.Equal("rowMajorValues", error.ParamName);
    }

    [Fact]
    public void ParameterTypesCompareByValue()
    {
        Assert.Equal(new ImmutableVector<T>(T.One, T.NaN), new ImmutableVector<T>(T.One, T.NaN));
        Assert.NotEqual(new ImmutableVector<T>(T.One), new ImmutableVector<T>(T.One, T.One));
        Assert.Equal(new ImmutableMatrix<T>(1, 2, Array<T>(1, 2)).GetHashCode(), new ImmutableMatrix<T>(1, 2, Array<T>(1, 2)).GetHashCode());
        Assert.NotEqual(new ImmutableMatrix<T>(1, 2, Array<T>(1, 2)), new ImmutableMatrix<T>(2, 1, Array<T>(1, 2)));
    }
}

public sealed class SoftmaxHeadSingleTests : SoftmaxHeadTests<float>;

public sealed class SoftmaxHeadDoubleTests : SoftmaxHeadTests<double>;
