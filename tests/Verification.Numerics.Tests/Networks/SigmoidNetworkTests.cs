using System.Numerics;
using MathNet.Numerics.Differentiation;
using Verification.Numerics.Networks;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests.Networks;

public abstract class SigmoidNetworkTests<T>
    where T : IFloatingPointIeee754<T>
{
    [Fact]
    public void ForwardPassMatchesHandComputedValues()
    {
        // W = I, b = 0, identity: h = x = (ln 3, 0); w = (1, −1), c = 0: z = ln 3, p₀ = ¾.
        var identity = new DenseLayer<T>(new ImmutableMatrix<T>(2, 2, Array<T>(1, 0, 0, 1)), new ImmutableVector<T>(T.Zero, T.Zero));
        var head = new SigmoidHead<T>(new ImmutableVector<T>(T.One, -T.One), T.Zero);
        var pass = new SigmoidNetwork<T>(identity, HiddenActivation.Identity, head).Forward(Array<T>(Math.Log(3), 0));
        Tolerance.Epsilons(8).AssertClose(Math.Log(3), pass.Logits[0]);
        Tolerance.Epsilons(8).AssertClose(0.75, pass.ClassZeroProbability);

        // Sigmoid hidden units at x = 0 output ½ each, so z = ½ − ½ = 0 and p₀ = ½.
        var sigmoidPass = new SigmoidNetwork<T>(identity, HiddenActivation.Sigmoid, head).Forward(Array<T>(0, 0));
        Assert.Equal(new ImmutableVector<T>(Of<T>(0.5), Of<T>(0.5)), sigmoidPass.HiddenOutput);
        Assert.Equal(Of<T>(0.5), sigmoidPass.ClassZeroProbability);
    }

    [Fact]
    public void GradientMatchesAHandComputedExample()
    {
        // d = h = 1, identity, W = 1, b = 0, w = 1, c = 0, x = 2, label 0 (y = 1): z = 2,
        // ∂L/∂z = σ(2) − 1 = −0.11920292202211755; ∂L/∂w = 2·∂L/∂z; ∂L/∂W = ∂L/∂z·w·x.
        var network = new SigmoidNetwork<T>(
            new DenseLayer<T>(new ImmutableMatrix<T>(1, 1, Array<T>(1)), new ImmutableVector<T>(T.Zero)),
            HiddenActivation.Identity,
            new SigmoidHead<T>(new ImmutableVector<T>(T.One), T.Zero));
        var gradient = network.Gradient(Array<T>(2), [0]);
        const double LogitGradient = -0.11920292202211755;
        Tolerance.Epsilons(8).AssertClose(2 * LogitGradient, gradient.Output.Weights[0]);
        Tolerance.Epsilons(8).AssertClose(LogitGradient, gradient.Output.Bias);
        Tolerance.Epsilons(8).AssertClose(2 * LogitGradient, gradient.Hidden.Weights[0, 0]);
        Tolerance.Epsilons(8).AssertClose(LogitGradient, gradient.Hidden.Biases[0]);
        Tolerance.Epsilons(8).AssertClose(Math.Log(1 + Math.Exp(-2)), network.Loss(Array<T>(2), [0]));
    }

    [Theory]
    [InlineData(HiddenActivation.Sigmoid)]
    [InlineData(HiddenActivation.Tanh)]
    [InlineData(HiddenActivation.Identity)]
    public void BackpropagationMatchesFiniteDifferencesOfTheLoss(HiddenActivation activation)
    {
        // Witness: MathNet differentiates the double loss numerically over all 13 parameters.
        var random = new Random((int)activation + 40);
        var network = TestNetworks.Sigmoid<T>(random, activation);
        var (inputs, labels) = TestNetworks.Batch<T>(random, 6);
        var parameters = TestNetworks.Flatten(network.Hidden, network.Output.Weights.AsSpan(), [network.Output.Bias]);
        var widenedInputs = Widen<T>(inputs);
        var expected = new NumericalJacobian().Evaluate(theta => Rebuild(theta, activation).Loss(widenedInputs, labels), parameters);
        var gradient = network.Gradient(inputs, labels);
        var actual = TestNetworks.Flatten(gradient.Hidden, gradient.Output.Weights.AsSpan(), [gradient.Output.Bias]);
        var tolerance = typeof(T) == typeof(float) ? 2e-6 : 1e-9;
        for (var i = 0; i < parameters.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], tolerance);
        }

        static SigmoidNetwork<double> Rebuild(double[] theta, HiddenActivation activation) =>
            new(TestNetworks.HiddenFrom(theta, 3, 2), activation, new SigmoidHead<double>(new ImmutableVector<double>(theta.AsSpan(9, 3)), theta[12]));
    }

    [Fact]
    public void StepMovesEachLayerByItsOwnRateAndLeavesTheOriginal()
    {
        var random = new Random(9);
        var network = TestNetworks.Sigmoid<T>(random, HiddenActivation.Tanh);
        var copy = TestNetworks.Sigmoid<T>(new Random(9), HiddenActivation.Tanh);
        var (inputs, labels) = TestNetworks.Batch<T>(random, 4);
        var gradient = network.Gradient(inputs, labels);
        var rates = new LearningRates<T>(Of<T>(0.1), Of<T>(0.5));
        var stepped = network.Step(inputs, labels, rates);

        Assert.Equal(copy, network);
        for (var i = 0; i < 6; i++)
        {
            var expected = double.CreateTruncating(network.Hidden.Weights.AsSpan()[i] - (Of<T>(0.1) * gradient.Hidden.Weights.AsSpan()[i]));
            Assert.Equal(expected, double.CreateTruncating(stepped.Hidden.Weights.AsSpan()[i]), 4 * FloatingPoint.MachineEpsilon<T>());
        }

        for (var i = 0; i < 3; i++)
        {
            var expected = double.CreateTruncating(network.Output.Weights[i] - (Of<T>(0.5) * gradient.Output.Weights[i]));
            Assert.Equal(expected, double.CreateTruncating(stepped.Output.Weights[i]), 4 * FloatingPoint.MachineEpsilon<T>());
        }

        // The hidden biases move against their gradient too (a '+η' there survived mutation testing).
        for (var i = 0; i < network.Hidden.Biases.Length; i++)
        {
            var expected = double.CreateTruncating(network.Hidden.Biases[i] - (Of<T>(0.1) * gradient.Hidden.Biases[i]));
            Assert.Equal(expected, double.CreateTruncating(stepped.Hidden.Biases[i]), 4 * FloatingPoint.MachineEpsilon<T>());
        }

        Assert.True(stepped.Loss(inputs, labels) < network.Loss(inputs, labels), "a small step against the gradient lowers the loss");
    }

    [Fact]
    public void TheSoftmaxTwinPredictsTheSame()
    {
        var random = new Random(10);
        var network = TestNetworks.Sigmoid<T>(random, HiddenActivation.Sigmoid);
        var twin = network.ToSoftmax(TestNetworks.Vector<T>(random, 3, 2).AsSpan(), Of<T>(-1.25));
        for (var trial = 0; trial < 50; trial++)
        {
            var input = TestNetworks.Vector<T>(random, 2, 3).AsSpan();
            Assert.Equal(
                double.CreateTruncating(network.PredictClassZeroProbability(input)),
                double.CreateTruncating(twin.PredictClassZeroProbability(input)),
                256 * FloatingPoint.MachineEpsilon<T>());
        }

        Assert.Equal(network, network.ToSoftmax().ToSigmoid());
    }

    [Fact]
    public void BadArgumentsNameTheArgument()
    {
        var network = TestNetworks.Sigmoid<T>(new Random(11), HiddenActivation.Sigmoid);
        var outOfRange = Assert.Throws<ArgumentOutOfRangeException>(() => network.Loss(new T[4], [0, 2]));
        Assert.Equal("labels", outOfRange.ParamName);
        Assert.Contains("must be 0 or 1", outOfRange.Message, StringComparison.Ordinal);

        var error = Assert.Throws<ArgumentException>(() => network.Gradient(new T[4], [0]));
        Assert.Equal("labels", error.ParamName);

        error = Assert.Throws<ArgumentException>(() => network.Gradient(new T[5], [0, 1]));
        Assert.Equal("inputs", error.ParamName);
        Assert.Contains("not divisible", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => new SigmoidNetwork<T>(network.Hidden, HiddenActivation.Sigmoid, new SigmoidHead<T>(new ImmutableVector<T>(T.One), T.Zero)));
        Assert.Equal("output", error.ParamName);

        outOfRange = Assert.Throws<ArgumentOutOfRangeException>(() => new SigmoidNetwork<T>(network.Hidden, (HiddenActivation)7, network.Output));
        Assert.Equal("activation", outOfRange.ParamName);
    }
}

public sealed class SigmoidNetworkSingleTests : SigmoidNetworkTests<float>;

public sealed class SigmoidNetworkDoubleTests : SigmoidNetworkTests<double>;
