using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verification.Derivations.Tests.Chapters.Properties;
using Verification.Laws.Generators;
using Verification.Numerics.Networks;
using Verification.TestSupport;

namespace Verification.Derivations.Tests.Chapters.Training;

/// <summary>
/// The training-equivalence entry on the numeric two-layer nets: with the derived rates (sigmoid head
/// rate 2η, equal hidden rates) a softmax net and its sigmoid twin predict the same after k SGD
/// steps; with equal rates they drift apart.
/// </summary>
public class TrainingEquivalenceTests
{
    private const int Seed = 20240601;
    private const int Steps = 200;
    private static readonly LearningRates<double> SoftmaxRates = new(Hidden: 0.5, Output: 0.5);

    // Each step rounds v₀ − v₁ and w differently by about an ulp; over 200 steps the gap stays near 1e-15, far below 1e-12.
    private const double EquivalenceTolerance = 1e-12;

    [Fact]
    public void TheSolverGivesTwiceTheHeadRateAndTheSameHiddenRate()
    {
        var sigmoid = DerivedLearningRates.ForSigmoid(SoftmaxRates);
        Assert.Equal(2 * SoftmaxRates.Output, sigmoid.Output);
        Assert.Equal(SoftmaxRates.Hidden, sigmoid.Hidden);
    }

    [Fact]
    public void TwinsPredictTheSameAfterTrainingWithTheDerivedRates()
    {
        var twins = TwinNetworks.Create(Seed);
        var trained = twins.Train(Steps, SoftmaxRates, DerivedLearningRates.ForSigmoid(SoftmaxRates));
        var gap = trained.MaxPredictionGap();
        Log($"derived rates (softmax {SoftmaxRates}, sigmoid {DerivedLearningRates.ForSigmoid(SoftmaxRates)}), k = {Steps}: max |Δp| = {gap:E3}");
        Assert.True(gap <= EquivalenceTolerance, $"max prediction gap {gap:E3} after {Steps} steps");
        Assert.True(Loss(trained.Softmax, twins) < Loss(twins.Softmax, twins), "training did not lower the loss: the test would be vacuous");
    }

    [Fact]
    public void TwinsDriftApartWithEqualRates()
    {
        var twins = TwinNetworks.Create(Seed);
        var trained = twins.Train(Steps, SoftmaxRates, SoftmaxRates);
        var gap = trained.MaxPredictionGap();
        Log($"equal rates {SoftmaxRates}, k = {Steps}: max |Δp| = {gap:E3}");
        Assert.True(gap > 1e-2, $"max prediction gap only {gap:E3} after {Steps} steps");
    }

    [Fact]
    public void BothHeadsSendTheSameGradientToTheHiddenLayer()
    {
        var twins = TwinNetworks.Create(Seed);
        var softmax = twins.Softmax.Gradient(twins.Inputs, twins.Labels);
        var sigmoid = twins.Sigmoid.Gradient(twins.Inputs, twins.Labels);

        // ∂CE/∂v₁ = −∂CE/∂v₀ (rows opposite) and ∂BCE/∂w = ∂CE/∂v₀: the catalog's gradient identities.
        // Not bit for bit: the kernel forms s₀ − 1 and s₁ − 0, and 1 − s₀ rounds differently from s₁.
        double[] negatedRowOne = [.. softmax.Output.Weights.Row(1).ToArray().Select(v => -v)];
        var tolerance = Tolerance.Absolute(1e-15);
        tolerance.AssertAllClose(softmax.Output.Weights.Row(0).ToArray(), negatedRowOne, "output rows");
        tolerance.AssertAllClose(softmax.Output.Weights.Row(0).ToArray(), sigmoid.Output.Weights.AsSpan().ToArray(), "output weights");
        tolerance.AssertAllClose(softmax.Hidden.Weights.AsSpan().ToArray(), sigmoid.Hidden.Weights.AsSpan().ToArray(), "hidden weights");
        tolerance.AssertAllClose(softmax.Hidden.Biases.AsSpan().ToArray(), sigmoid.Hidden.Biases.AsSpan().ToArray(), "hidden biases");
    }

    [Property(MaxTest = 25)]
    public Property TwinsStayEqualForAnySeedAndRates() =>
        Prop.ForAll(SeedAndRates().ToArbitrary(), input =>
        {
            var (seed, hidden, output) = input;
            var rates = new LearningRates<double>(hidden, output);
            var gap = TwinNetworks.Create(seed).Train(25, rates, DerivedLearningRates.ForSigmoid(rates)).MaxPredictionGap();
            return new Agreement().That($"max |Δp| = {gap:E3}", gap <= EquivalenceTolerance).ToProperty($"seed={seed} rates={rates}");
        });

    private static Gen<(int, double, double)> SeedAndRates() =>
        from seed in Gen.Choose(0, int.MaxValue)
        from hidden in LabelledLogits.OnGrid(0.01, 1)
        from output in LabelledLogits.OnGrid(0.01, 1)
        select (seed, hidden, output);

    private static double Loss(SoftmaxNetwork<double> network, TwinNetworks data) => network.Loss(data.Inputs, data.Labels);

    private static void Log(string message) => TestContext.Current.TestOutputHelper?.WriteLine(message);
}
