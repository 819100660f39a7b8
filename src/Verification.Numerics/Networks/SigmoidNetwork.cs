using System.Numerics.Tensors;

namespace Verification.Numerics.Networks;

/// <summary>
/// A binary classifier d → h → 1: hidden layer h = φ(W·x + b), output p₀ = σ(w·h + c), the
/// probability of class 0. Immutable: a gradient step returns new parameters.
/// </summary>
/// <remarks>
/// <para>
/// Labels are class indices 0 or 1; the sigmoid models class 0, so its binary target is y = 1 for
/// label 0 and y = 0 for label 1. The loss is the mean binary cross-entropy from the logit (the
/// stable form max(z, 0) − z·y + log1p(e^(−|z|))), equal to the mean two-class cross-entropy of the
/// equivalent <see cref="SoftmaxNetwork{T}"/>.
/// </para>
/// <para>
/// Backpropagation: ∂L/∂z = σ(z) − y, ∂L/∂w = (σ(z) − y)·h, ∂L/∂h = (σ(z) − y)·w, then
/// ∂L/∂a = ∂L/∂h ⊙ φ′(a), ∂L/∂W = (∂L/∂a)·xᵀ, each averaged over the batch.
/// </para>
/// </remarks>
/// <typeparam name="T">float or double (any IEEE type).</typeparam>
public sealed record SigmoidNetwork<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Assembles a network from its layers.</summary>
    /// <param name="hidden">The hidden layer, d inputs and h outputs.</param>
    /// <param name="activation">φ of the hidden layer.</param>
    /// <param name="output">The sigmoid head over the h hidden outputs.</param>
    /// <exception cref="ArgumentNullException">A layer is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activation"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The head does not take h features.</exception>
    public SigmoidNetwork(DenseLayer<T> hidden, HiddenActivation activation, SigmoidHead<T> output)
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

    /// <summary>The sigmoid head (w, c).</summary>
    public SigmoidHead<T> Output { get; }

    /// <summary>d, the number of inputs.</summary>
    public int InputCount => Hidden.InputCount;

    /// <summary>Runs the network on one input and returns every intermediate value.</summary>
    /// <param name="input">x ∈ ℝᵈ.</param>
    /// <returns>The hidden pre-activation and output, the logit and p₀.</returns>
    /// <exception cref="ArgumentException"><paramref name="input"/> does not have d entries.</exception>
    public NetworkForwardPass<T> Forward(ReadOnlySpan<T> input)
    {
        var preActivation = new T[Hidden.OutputCount];
        var hiddenOutput = new T[Hidden.OutputCount];
        HiddenLayerMath.Forward(Hidden, Activation, input, preActivation, hiddenOutput);
        var logit = Output.Logit(hiddenOutput);
        return new NetworkForwardPass<T>(new(preActivation), new(hiddenOutput), new(logit), ScalarMath.Sigmoid(logit));
    }

    /// <summary>p₀ = σ(w·φ(W·x + b) + c).</summary>
    /// <param name="input">x ∈ ℝᵈ.</param>
    /// <returns>The probability of class 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="input"/> does not have d entries.</exception>
    public T PredictClassZeroProbability(ReadOnlySpan<T> input) => Forward(input).ClassZeroProbability;

    /// <summary>The mean binary cross-entropy over a batch.</summary>
    /// <param name="inputs">n inputs, row-major n × d.</param>
    /// <param name="labels">n class labels, each 0 or 1.</param>
    /// <returns>(1/n)·Σᵣ BCE(zᵣ, yᵣ) with yᵣ = 1 for label 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> is empty or not a whole number of rows, or
    /// <paramref name="labels"/> does not have one label per row.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A label is neither 0 nor 1.</exception>
    public T Loss(ReadOnlySpan<T> inputs, ReadOnlySpan<int> labels)
    {
        var rows = HiddenLayerMath.CheckBatch(inputs, InputCount, labels);
        var logits = new T[rows];
        var targets = new T[rows];
        for (var row = 0; row < rows; row++)
        {
            logits[row] = Forward(inputs.Slice(row * InputCount, InputCount)).Logits[0];
            targets[row] = ClassZeroTarget(labels[row]);
        }

        return StablePrimitives.BinaryCrossEntropyMean<T>(logits, targets);
    }

    /// <summary>∂L/∂θ of <see cref="Loss"/> by backpropagation, averaged over the batch.</summary>
    /// <param name="inputs">n inputs, row-major n × d.</param>
    /// <param name="labels">n class labels, each 0 or 1.</param>
    /// <returns>The gradient in the shape of the parameters.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Loss"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A label is neither 0 nor 1.</exception>
    public SigmoidNetworkGradient<T> Gradient(ReadOnlySpan<T> inputs, ReadOnlySpan<int> labels)
    {
        var head = new HeadBackpropagation(Output);
        var hidden = HiddenLayerMath.BatchGradient(Hidden, Activation, inputs, labels, ref head, out var count);
        TensorPrimitives.Divide(head.Weights, count, head.Weights);
        return new SigmoidNetworkGradient<T>(hidden, new SigmoidHead<T>(new ImmutableVector<T>(head.Weights), head.Bias / count));
    }

    /// <summary>One step of gradient descent on a batch: θ − η·∂L/∂θ with a rate per layer.</summary>
    /// <param name="inputs">n inputs, row-major n × d.</param>
    /// <param name="labels">n class labels, each 0 or 1.</param>
    /// <param name="rates">η of the hidden layer and of the head.</param>
    /// <returns>The network after the step; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Loss"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A label is neither 0 nor 1.</exception>
    public SigmoidNetwork<T> Step(ReadOnlySpan<T> inputs, ReadOnlySpan<int> labels, LearningRates<T> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return Apply(Gradient(inputs, labels), rates);
    }

    /// <summary>θ − η·g with η = <paramref name="rates"/>.Hidden for the hidden layer and .Output for the head.</summary>
    /// <param name="gradient">A gradient of this network's shape.</param>
    /// <param name="rates">η per layer.</param>
    /// <returns>The moved network.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SigmoidNetwork<T> Apply(SigmoidNetworkGradient<T> gradient, LearningRates<T> rates)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentNullException.ThrowIfNull(rates);
        return new SigmoidNetwork<T>(Hidden.Descend(gradient.Hidden, rates.Hidden), Activation, Output.Descend(gradient.Output, rates.Output));
    }

    /// <summary>The equivalent softmax network with free parameters u = 0, c = 0 (hidden layer shared).</summary>
    /// <returns>A softmax network with the same predictions.</returns>
    public SoftmaxNetwork<T> ToSoftmax() => new(Hidden, Activation, Output.ToSoftmax());

    /// <summary>
    /// The member of the equivalent softmax family chosen by the free parameters (hidden layer shared):
    /// head W = (w + u; u), b = (c₀ + c, c); see <see cref="SigmoidHead{T}.ToSoftmax(ReadOnlySpan{T}, T)"/>.
    /// </summary>
    /// <param name="freeWeights">u ∈ ℝʰ.</param>
    /// <param name="freeBias">c.</param>
    /// <returns>A softmax network with the same predictions (up to rounding).</returns>
    /// <exception cref="ArgumentException"><paramref name="freeWeights"/> does not have h entries.</exception>
    public SoftmaxNetwork<T> ToSoftmax(ReadOnlySpan<T> freeWeights, T freeBias) => new(Hidden, Activation, Output.ToSoftmax(freeWeights, freeBias));

    private static T ClassZeroTarget(int label) => label == 0 ? T.One : T.Zero;

    /// <summary>
    /// The sigmoid head's backward step: ∂L/∂z = σ(z) − y, summed into ∂L/∂w += ∂L/∂z·h and
    /// ∂L/∂c += ∂L/∂z, and ∂L/∂h = ∂L/∂z·w.
    /// </summary>
    private struct HeadBackpropagation(SigmoidHead<T> head) : IHeadBackpropagation<T>
    {
        public T[] Weights { get; } = new T[head.FeatureCount];

        public T Bias { get; private set; } = T.Zero;

        public void Accumulate(ReadOnlySpan<T> hiddenOutput, int label, Span<T> hiddenGradient)
        {
            var logitGradient = ScalarMath.BinaryCrossEntropyGradient(head.Logit(hiddenOutput), ClassZeroTarget(label));
            TensorPrimitives.MultiplyAdd(hiddenOutput, logitGradient, Weights, Weights);
            Bias += logitGradient;
            TensorPrimitives.Multiply(head.Weights.AsSpan(), logitGradient, hiddenGradient);
        }
    }
}
