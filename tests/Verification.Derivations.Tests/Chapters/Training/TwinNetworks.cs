using Verification.Numerics.Networks;

namespace Verification.Derivations.Tests.Chapters.Training;

/// <summary>
/// A seeded softmax network d → h → 2 (tanh hidden layer), its sigmoid twin (the same hidden layer,
/// head w = v₀ − v₁, b = c₀ − c₁), a training batch and probe inputs. Everything is drawn from one
/// <see cref="Random"/> seed, so a run is reproducible from the seed alone.
/// </summary>
internal sealed record TwinNetworks(SoftmaxNetwork<double> Softmax, SigmoidNetwork<double> Sigmoid, double[] Inputs, int[] Labels, double[] Probes)
{
    public const int InputCount = 3;
    public const int HiddenCount = 4;
    public const int BatchSize = 32;
    public const int ProbeCount = 64;

    public static TwinNetworks Create(int seed)
    {
        var random = new Random(seed);
        double Draw(double scale) => scale * ((2 * random.NextDouble()) - 1);
        double[] Draws(int count, double scale) => [.. Enumerable.Range(0, count).Select(_ => Draw(scale))];

        var hidden = new DenseLayer<double>(new ImmutableMatrix<double>(HiddenCount, InputCount, Draws(HiddenCount * InputCount, 1)), new ImmutableVector<double>(Draws(HiddenCount, 0.5)));
        var head = new SoftmaxHead<double>(new ImmutableMatrix<double>(2, HiddenCount, Draws(2 * HiddenCount, 1)), new ImmutableVector<double>(Draws(2, 0.5)));
        var softmax = new SoftmaxNetwork<double>(hidden, HiddenActivation.Tanh, head);
        var inputs = Draws(BatchSize * InputCount, 2);

        // A label rule no linear model gets right, so the loss keeps moving for many steps.
        var labels = Enumerable.Range(0, BatchSize)
            .Select(row => inputs[row * InputCount] + (inputs[(row * InputCount) + 1] * inputs[(row * InputCount) + 2]) > 0 ? 0 : 1)
            .ToArray();
        return new TwinNetworks(softmax, softmax.ToSigmoid(), inputs, labels, Draws(ProbeCount * InputCount, 2));
    }

    /// <summary>Trains both nets for <paramref name="steps"/> full-batch SGD steps, each with its own rates.</summary>
    public TwinNetworks Train(int steps, LearningRates<double> softmaxRates, LearningRates<double> sigmoidRates)
    {
        var (softmax, sigmoid) = (Softmax, Sigmoid);
        for (var step = 0; step < steps; step++)
        {
            softmax = softmax.Step(Inputs, Labels, softmaxRates);
            sigmoid = sigmoid.Step(Inputs, Labels, sigmoidRates);
        }

        return this with { Softmax = softmax, Sigmoid = sigmoid };
    }

    /// <summary>max over training and probe inputs of |p_softmax − p_sigmoid| (class-0 probabilities).</summary>
    public double MaxPredictionGap()
    {
        var inputs = Inputs.Concat(Probes).ToArray();
        return Enumerable.Range(0, inputs.Length / InputCount)
            .Select(row => inputs.AsSpan(row * InputCount, InputCount).ToArray())
            .Max(x => Math.Abs(Softmax.PredictClassZeroProbability(x) - Sigmoid.PredictClassZeroProbability(x)));
    }
}
