using System.Numerics.Tensors;

namespace Verification.Numerics.Networks;

/// <summary>
/// A binary classifier d → h → 2: hidden layer h = φ(W·x + b), output probabilities
/// softmax(V·h + c) over classes 0 and 1. Immutable: a gradient step returns new parameters.
/// </summary>
/// <remarks>
/// <para>
/// The loss is the mean cross-entropy of the logits against the class labels (stable
/// log1p form). Backpropagation: ∂L/∂z = softmax(z) − e_label, ∂L/∂V = (∂L/∂z)·hᵀ,
/// ∂L/∂h = Vᵀ·∂L/∂z, then ∂L/∂a = ∂L/∂h ⊙ φ′(a), ∂L/∂W = (∂L/∂a)·xᵀ, each averaged over the batch.
/// </para>
/// <para>
/// Since ∂L/∂z₁ = −∂L/∂z₀, ∂L/∂h = (V₀ − V₁)·∂L/∂z₀: exactly the hidden gradient of the sigmoid net
/// <see cref="ToSigmoid"/> returns.
/// </para>
/// </remarks>
/// <typeparam name="T">float or double (any IEEE type).</typeparam>
public sealed record SoftmaxNetwork<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Assembles a network from its layers.</summary>
    /// <param name="hidden">The hidden layer, d inputs and h outputs.</param>
    /// <param name="activation">φ of the hidden layer.</param>
    /// <param name="output">The two-class softmax head over the h hidden outputs.</param>
    /// <exception cref="ArgumentNullException">A layer is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activation"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The head does not take h features.</exception>
    public SoftmaxNetwork(DenseLayer<T> hidden, HiddenActivation activation, SoftmaxHead<T> output)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentNullException.ThrowIfNull(output);
        HiddenLayerMath.ValidateNetwork(hidden, activation, output.FeatureCount);

        Hidden = hidden;
        Activation = activation;
        Output = output;
    }

    /// <summary>The hidden layer (W, b).</summary>
    public DenseLayer<T> Hidden { get; }

    /// <summary>φ of the hidden layer.</summary>
    public HiddenActivation Activation { get; }

    /// <summary>The softmax head (V, c).</summary>
    public SoftmaxHead<T> Output { get; }

    /// <summary>d, the number of inputs.</summary>
    public int InputCount => Hidden.InputCount;

    /// <summary>Runs the network on one input and returns every intermediate value.</summary>
    /// <param name="input">x ∈ ℝᵈ.</param>
    /// <returns>The hidden pre-activation and output, the two logits and p₀.</returns>
    /// <exception cref="ArgumentException"><paramref name="input"/> does not have d entries.</exception>
    public NetworkForwardPass<T> Forward(ReadOnlySpan<T> input)
    {
        var preActivation = new T[Hidden.OutputCount];
        var hiddenOutput = new T[Hidden.OutputCount];
        HiddenLayerMath.Forward(Hidden, Activation, input, preActivation, hiddenOutput);
        var logits = new T[2];
        Output.Logits(hiddenOutput, logits);
        var probabilities = new T[2];
        StablePrimitives.Softmax<T>(logits, probabilities);
        return new NetworkForwardPass<T>(new(preActivation), new(hiddenOutput), new(logits), probabilities[0]);
    }

    /// <summary>p₀ = softmax(V·φ(W·x + b) + c)₀.</summary>
    /// <param name="input">x ∈ ℝᵈ.</param>
    /// <returns>The probability of class 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="input"/> does not have d entries.</exception>
    public T PredictClassZeroProbability(ReadOnlySpan<T> input) => Forward(input).ClassZeroProbability;

    /// <summary>The mean cross-entropy over a batch.</summary>
    /// <param name="inputs">n inputs, row-major n × d.</param>
    /// <param name="labels">n class labels, each 0 or 1.</param>
    /// <returns>(1/n)·Σᵣ −log softmax(zᵣ)_labelᵣ.</returns>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> is empty or not a whole number of rows, or
    /// <paramref name="labels"/> does not have one label per row.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A label is neither 0 nor 1.</exception>
    public T Loss(ReadOnlySpan<T> inputs, ReadOnlySpan<int> labels)
    {
        var rows = HiddenLayerMath.CheckBatch(inputs, InputCount, labels);
        var logits = new T[2 * rows];
        for (var row = 0; row < rows; row++)
        {
            Forward(inputs.Slice(row * InputCount, InputCount)).Logits.AsSpan().CopyTo(logits.AsSpan(2 * row, 2));
        }

        return StablePrimitives.CrossEntropyMean<T>(logits, labels, 2);
    }

    /// <summary>∂L/∂θ of <see cref="Loss"/> by backpropagation, averaged over the batch.</summary>
    /// <param name="inputs">n inputs, row-major n × d.</param>
    /// <param name="labels">n class labels, each 0 or 1.</param>
    /// <returns>The gradient in the shape of the parameters.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Loss"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A label is neither 0 nor 1.</exception>
    public SoftmaxNetworkGradient<T> Gradient(ReadOnlySpan<T> inputs, ReadOnlySpan<int> labels)
    {
        var head = new HeadBackpropagation(Output);
        var hidden = HiddenLayerMath.BatchGradient(Hidden, Activation, inputs, labels, ref head, out var count);
        TensorPrimitives.Divide(head.Weights, count, head.Weights);
        TensorPrimitives.Divide(head.Biases, count, head.Biases);
        return new SoftmaxNetworkGradient<T>(
            hidden, new SoftmaxHead<T>(new ImmutableMatrix<T>(2, Output.FeatureCount, head.Weights), new ImmutableVector<T>(head.Biases)));
    }

    /// <summary>One step of gradient descent on a batch: θ − η·∂L/∂θ with a rate per layer.</summary>
    /// <param name="inputs">n inputs, row-major n × d.</param>
    /// <param name="labels">n class labels, each 0 or 1.</param>
    /// <param name="rates">η of the hidden layer and of the head.</param>
    /// <returns>The network after the step; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Loss"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A label is neither 0 nor 1.</exception>
    public SoftmaxNetwork<T> Step(ReadOnlySpan<T> inputs, ReadOnlySpan<int> labels, LearningRates<T> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return Apply(Gradient(inputs, labels), rates);
    }

    /// <summary>θ − η·g with η = <paramref name="rates"/>.Hidden for the hidden layer and .Output for the head.</summary>
    /// <param name="gradient">A gradient of this network's shape.</param>
    /// <param name="rates">η per layer.</param>
    /// <returns>The moved network.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SoftmaxNetwork<T> Apply(SoftmaxNetworkGradient<T> gradient, LearningRates<T> rates)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentNullException.ThrowIfNull(rates);
        return new SoftmaxNetwork<T>(Hidden.Descend(gradient.Hidden, rates.Hidden), Activation, Output.Descend(gradient.Output, rates.Output));
    }

    /// <summary>The unique equivalent sigmoid network: head w = V₀ − V₁, bias c₀ − c₁ (hidden layer shared).</summary>
    /// <returns>A sigmoid network with the same predictions (up to rounding of the differences).</returns>
    public SigmoidNetwork<T> ToSigmoid() => new(Hidden, Activation, Output.ToSigmoid());

    /// <summary>
    /// The softmax head's backward step: ∂L/∂z = softmax(z) − e_label, summed into ∂L/∂V += (∂L/∂z)·hᵀ
    /// and ∂L/∂c += ∂L/∂z, and ∂L/∂h = Vᵀ·∂L/∂z.
    /// </summary>
    private readonly struct HeadBackpropagation(SoftmaxHead<T> head) : IHeadBackpropagation<T>
    {
        private readonly T[] _logits = new T[2];
        private readonly T[] _logitGradient = new T[2];

        public T[] Weights { get; } = new T[2 * head.FeatureCount];

        public T[] Biases { get; } = new T[2];

        public void Accumulate(ReadOnlySpan<T> hiddenOutput, int label, Span<T> hiddenGradient)
        {
            head.Logits(hiddenOutput, _logits);
            StablePrimitives.CrossEntropyGradient<T>(_logits, label, _logitGradient);
            hiddenGradient.Clear();
            var hiddenCount = hiddenOutput.Length;
            for (var logit = 0; logit < 2; logit++)
            {
                var weights = Weights.AsSpan(logit * hiddenCount, hiddenCount);
                TensorPrimitives.MultiplyAdd(hiddenOutput, _logitGradient[logit], weights, weights);
                TensorPrimitives.MultiplyAdd(head.Weights.Row(logit), _logitGradient[logit], hiddenGradient, hiddenGradient);
            }

            TensorPrimitives.Add(Biases, _logitGradient, Biases);
        }
    }
}
