using System.Numerics.Tensors;

namespace Verification.Numerics.Networks;

/// <summary>
/// A two-class softmax head: logits z = W·x + b with W ∈ ℝ²ˣᵈ, b ∈ ℝ², and class probabilities
/// softmax(z).
/// </summary>
/// <remarks>
/// Over-parameterised: adding the same u to both rows of W and the same c to both biases changes no
/// prediction, since softmax(z₀, z₁)₀ = σ(z₀ − z₁). <see cref="ToSigmoid"/> keeps exactly the part
/// that matters, w = W₀ − W₁ and b = b₀ − b₁.
/// </remarks>
/// <typeparam name="T">float or double (any IEEE type).</typeparam>
public sealed record SoftmaxHead<T>
    where T : IFloatingPointIeee754<T>
{
    // The logits are a dense layer with two outputs; the head adds the two-class shape checks and the
    // softmax on top of it.
    private readonly DenseLayer<T> _layer;

    /// <summary>Creates the head softmax(W·x + b).</summary>
    /// <param name="weights">W ∈ ℝ²ˣᵈ, row i for class i.</param>
    /// <param name="biases">b ∈ ℝ².</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="weights"/> does not have 2 rows, or
    /// <paramref name="biases"/> does not have 2 entries.</exception>
    public SoftmaxHead(ImmutableMatrix<T> weights, ImmutableVector<T> biases)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        if (weights.Rows != 2)
        {
            ThrowHelper.ThrowShapeMismatch(nameof(weights), $"A two-class head needs 2 weight rows, not {weights.Rows}.");
        }

        if (biases.Length != 2)
        {
            ThrowHelper.ThrowShapeMismatch(nameof(biases), $"A two-class head needs 2 biases, not {biases.Length}.");
        }

        _layer = new DenseLayer<T>(weights, biases);
    }

    private SoftmaxHead(DenseLayer<T> layer) => _layer = layer;

    /// <summary>W ∈ ℝ²ˣᵈ.</summary>
    public ImmutableMatrix<T> Weights => _layer.Weights;

    /// <summary>b ∈ ℝ².</summary>
    public ImmutableVector<T> Biases => _layer.Biases;

    /// <summary>d, the number of input features.</summary>
    public int FeatureCount => Weights.Columns;

    /// <summary>The logits z = W·x + b.</summary>
    /// <param name="features">x ∈ ℝᵈ.</param>
    /// <param name="destination">Receives z₀ and z₁.</param>
    /// <exception cref="ArgumentException"><paramref name="features"/> does not have d entries, or
    /// <paramref name="destination"/> is shorter than 2.</exception>
    public void Logits(ReadOnlySpan<T> features, Span<T> destination)
    {
        Guard.SameLength(features, nameof(features), Weights.Row(0), nameof(Weights));
        Guard.DestinationFits(destination, 2, nameof(destination));
        _layer.ApplyUnchecked(features, destination);
    }

    /// <summary>p₀ = softmax(W·x + b)₀, the probability of class 0, by the stable softmax kernel.</summary>
    /// <param name="features">x ∈ ℝᵈ.</param>
    /// <returns>p₀ ∈ [0, 1].</returns>
    /// <exception cref="ArgumentException"><paramref name="features"/> does not have d entries.</exception>
    public T PredictClassZeroProbability(ReadOnlySpan<T> features)
    {
        Span<T> logits = new T[2];
        Logits(features, logits);
        StablePrimitives.Softmax<T>(logits, logits);
        return logits[0];
    }

    /// <summary>The unique equivalent sigmoid head: w = W₀ − W₁, b = b₀ − b₁.</summary>
    /// <returns>A sigmoid head with the same predictions (up to rounding of the differences).</returns>
    public SigmoidHead<T> ToSigmoid()
    {
        var weights = new T[FeatureCount];
        TensorPrimitives.Subtract(Weights.Row(0), Weights.Row(1), weights);
        return new SigmoidHead<T>(new ImmutableVector<T>(weights), Biases[0] - Biases[1]);
    }

    /// <summary>This head moved against a gradient of the same shape: W − η·∂W, b − η·∂b.</summary>
    internal SoftmaxHead<T> Descend(SoftmaxHead<T> gradient, T learningRate) => new(_layer.Descend(gradient._layer, learningRate));
}
