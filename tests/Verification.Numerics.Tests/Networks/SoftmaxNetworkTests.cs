using System.Numerics;
using MathNet.Numerics.Differentiation;
using Verification.Numerics.Networks;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests.Networks;

public abstract class SoftmaxNetworkTests<T>
    where T : IFloatingPointIeee754<T>
{
    [Fact]
    public void ForwardPassMatchesHandComputedValues()
    {
        // W = I, b = 0, identity: h = (ln 3, 0); V = I, c = 0: z = (ln 3, 0), p₀ = ¾.
        var identity = new DenseLayer<T>(new ImmutableMatrix<T>(2, 2, Array<T>(1, 0, 0, 1)), new ImmutableVector<T>(T.Zero, T.Zero));
        var head = new SoftmaxHead<T>(new ImmutableMatrix<T>(2, 2, Array<T>(1, 0, 0, 1)), new ImmutableVector<T>(T.Zero, T.Zero));
        var pass = new SoftmaxNetwork<T>(identity, HiddenActivation.Identity, head).Forward(Array<T>(Math.Log(3), 0));
        Assert.Equal(2, pass.Logits.Length);
        Tolerance.Epsilons(8).AssertClose(0.75, pass.ClassZeroProbability);
    }

    [Theory]
    [InlineData(HiddenActivation.Sigmoid)]
    [InlineData(HiddenActivation.Tanh)]
    [InlineData(HiddenActivation.Identity)]
    public void BackpropagationMatchesFiniteDifferencesOfTheLoss(HiddenActivation activation)
    {
        // Witness: MathNet differentiates the double loss numerically over all 17 parameters.
        var random = new Random((int)activation + 50);
        var network = TestNetworks.Softmax<T>(random, activation);
        var (inputs, labels) = TestNetworks.Batch<T>(random, 6);
        var parameters = TestNetworks.Flatten(network.Hidden, network.Output.Weights.AsSpan(), network.Output.Biases.AsSpan());
        var widenedInputs = Widen<T>(inputs);
        var expected = new NumericalJacobian().Evaluate(theta => Rebuild(theta, activation).Loss(widenedInputs, labels), parameters);
        var gradient = network.Gradient(inputs, labels);
        var actual = TestNetworks.Flatten(gradient.Hidden, gradient.Output.Weights.AsSpan(), gradient.Output.Biases.AsSpan());
        var tolerance = typeof(T) == typeof(float) ? 2e-6 : 1e-9;
        for (var i = 0; i < parameters.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], tolerance);
        }

        static SoftmaxNetwork<double> Rebuild(double[] theta, HiddenActivation activation) =>
            new(
                TestNetworks.HiddenFrom(theta, 3, 2),
                activation,
                new SoftmaxHead<double>(new ImmutableMatrix<double>(2, 3, theta.AsSpan(9, 6)), new ImmutableVector<double>(theta.AsSpan(15, 2))));
    }

    [Fact]
    public void TheTwoHeadRowsReceiveOppositeGradients()
    {
        var random = new Random(12);
        var network = TestNetworks.Softmax<T>(random, HiddenActivation.Sigmoid);
        var (inputs, labels) = TestNetworks.Batch<T>(random, 5);
        var gradient = network.Gradient(inputs, labels).Output;
        for (var j = 0; j < 3; j++)
        {
            Assert.Equal(-double.CreateTruncating(gradient.Weights[0, j]), double.CreateTruncating(gradient.Weights[1, j]), 8 * FloatingPoint.MachineEpsilon<T>());
        }

        Assert.Equal(-double.CreateTruncating(gradient.Biases[0]), double.CreateTruncating(gradient.Biases[1]), 8 * FloatingPoint.MachineEpsilon<T>());
    }

    [Fact]
    public void LossAndGradientEqualThoseOfTheSigmoidTwin()
    {
        var random = new Random(13);
        var network = TestNetworks.Softmax<T>(random, HiddenActivation.Tanh);
        var twin = network.ToSigmoid();
        var (inputs, labels) = TestNetworks.Batch<T>(random, 7);
        var tolerance = 64 * FloatingPoint.MachineEpsilon<T>();
        Assert.Equal(double.CreateTruncating(twin.Loss(inputs, labels)), double.CreateTruncating(network.Loss(inputs, labels)), tolerance);

        // The hidden layers receive the same gradient: Vᵀ(s − e) = (V₀ − V₁)(s₀ − y).
        var softmaxHidden = network.Gradient(inputs, labels).Hidden;
        var sigmoidGradient = twin.Gradient(inputs, labels);
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(double.CreateTruncating(sigmoidGradient.Hidden.Weights.AsSpan()[i]), double.CreateTruncating(softmaxHidden.Weights.AsSpan()[i]), tolerance);
        }
    }

    [Fact]
    public void DoublingTheSigmoidOutputRateKeepsTheTwinsEquivalentStepForStep()
    {
        // One softmax step moves V₀ − V₁ by −2η·∂L/∂V₀ (the rows' gradients are opposite), and the
        // hidden gradients agree; so the sigmoid twin must take its head step at rate 2η.
        var random = new Random(14);
        var softmax = TestNetworks.Softmax<T>(random, HiddenActivation.Sigmoid);
        var sigmoid = softmax.ToSigmoid();
        var sameRate = softmax.ToSigmoid();
        var (inputs, labels) = TestNetworks.Batch<T>(random, 8);
        var softmaxRates = new LearningRates<T>(Of<T>(0.3), Of<T>(0.2));
        var sigmoidRates = new LearningRates<T>(Of<T>(0.3), Of<T>(0.4));
        for (var step = 0; step < 25; step++)
        {
            softmax = softmax.Step(inputs, labels, softmaxRates);
            sigmoid = sigmoid.Step(inputs, labels, sigmoidRates);
            sameRate = sameRate.Step(inputs, labels, softmaxRates);
        }

        var drift = 0.0;
        for (var row = 0; row < 8; row++)
        {
            var input = inputs.AsSpan(row * 2, 2);
            var expected = double.CreateTruncating(softmax.PredictClassZeroProbability(input));
            Assert.Equal(expected, double.CreateTruncating(sigmoid.PredictClassZeroProbability(input)), 4096 * FloatingPoint.MachineEpsilon<T>());
            drift = Math.Max(drift, Math.Abs(expected - double.CreateTruncating(sameRate.PredictClassZeroProbability(input))));
        }

        Assert.True(drift > 1e-3, $"with equal rates the twins should drift apart, but differ by only {drift}");
    }

    [Fact]
    public void BadArgumentsNameTheArgument()
    {
        var network = TestNetworks.Softmax<T>(new Random(15), HiddenActivation.Identity);
        var outOfRange = Assert.Throws<ArgumentOutOfRangeException>(() => network.Gradient(new T[2], [-1]));
        Assert.Equal("labels", outOfRange.ParamName);

        var error = Assert.Throws<ArgumentException>(() => network.Forward(new T[3]));
        Assert.Equal("input", error.ParamName);

        error = Assert.Throws<ArgumentException>(() => network.Loss(ReadOnlySpan<T>.Empty, []));
        Assert.Equal("inputs", error.ParamName);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentNullException>(() => network.Step(new T[2], [0], null!));
    }
}

public sealed class SoftmaxNetworkSingleTests : SoftmaxNetworkTests<float>;

public sealed class SoftmaxNetworkDoubleTests : SoftmaxNetworkTests<double>;
