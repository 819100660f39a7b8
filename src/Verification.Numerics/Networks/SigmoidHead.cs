using System.Numerics.Tensors;

namespace Verification.Numerics.Networks;

/// <summary>
/// A binary classifier head p₀ = σ(w·x + b): one logit, whose sigmoid is the probability of class 0.
/// </summary>
/// <remarks>
/// Equivalent to a two-class softmax head: softmax(z₀, z₁)₀ = σ(z₀ − z₁), so a softmax head with
/// W = (w + u; u) and b = (b + c, c) predicts the same for every u ∈ ℝᵈ and c ∈ ℝ
/// (see <see cref="ToSoftmax(ReadOnlySpan{T}, T)"/>); the converse map
/// <see cref="SoftmaxHead{T}.ToSigmoid"/> is unique.
/// </remarks>
/// <typeparam name="T">float or double (any IEEE type).</typeparam>
public sealed record SigmoidHead<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Creates the head σ(w·x + b).</summary>
    /// <param name="weights">w ∈ ℝᵈ.</param>
    /// <param name="bias">b.</param>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty.</exception>
    public SigmoidHead(ImmutableVector<T> weights, T bias)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Guard.NotEmpty(weights.AsSpan(), nameof(weights));
        Weights = weights;
        Bias = bias;
    }

    /// <summary>w ∈ ℝᵈ.</summary>
    public ImmutableVector<T> Weights { get; }

    /// <summary>b.</summary>
    public T Bias { get; }

    /// <summary>d, the number of input features.</summary>
    public int FeatureCount => Weights.Length;

    /// <summary>The logit z = w·x + b.</summary>
    /// <param name="features">x ∈ ℝᵈ.</param>
    /// <returns>z.</returns>
    /// <exception cref="ArgumentException"><paramref name="features"/> does not have d entries.</exception>
    public T Logit(ReadOnlySpan<T> features)
    {
        Guard.SameLength(features, nameof(features), Weights.AsSpan(), nameof(Weights));
        return TensorPrimitives.Dot(Weights.AsSpan(), features) + Bias;
    }

    /// <summary>p₀ = σ(w·x + b), the probability of class 0.</summary>
    /// <param name="features">x ∈ ℝᵈ.</param>
    /// <returns>p₀ ∈ [0, 1], by the stable sigmoid.</returns>
    /// <exception cref="ArgumentException"><paramref name="features"/> does not have d entries.</exception>
    public T PredictClassZeroProbability(ReadOnlySpan<T> features) => ScalarMath.Sigmoid(Logit(features));

    /// <summary>The member of the equivalent softmax family with u = 0 and c = 0: W = (w; 0), b = (b, 0).</summary>
    /// <returns>A softmax head with the same predictions.</returns>
    public SoftmaxHead<T> ToSoftmax() => ToSoftmax(new T[FeatureCount], T.Zero);

    /// <summary>
    /// The member of the equivalent softmax family chosen by the free parameters: W = (w + u; u),
    /// b = (b + c, c). Every member predicts the same, because only z₀ − z₁ = w·x + b matters.
    /// </summary>
    /// <param name="freeWeights">u ∈ ℝᵈ, the weights shared by both classes.</param>
    /// <param name="freeBias">c, the bias shared by both classes.</param>
    /// <returns>A softmax head with the same predictions (up to rounding of w + u and b + c).</returns>
    /// <exception cref="ArgumentException"><paramref name="freeWeights"/> does not have d entries.</exception>
    public SoftmaxHead<T> ToSoftmax(ReadOnlySpan<T> freeWeights, T freeBias)
    {
        Guard.SameLength(freeWeights, nameof(freeWeights), Weights.AsSpan(), nameof(Weights));
        var weights = new T[2 * FeatureCount];
        TensorPrimitives.Add(Weights.AsSpan(), freeWeights, weights.AsSpan(0, FeatureCount));
        freeWeights.CopyTo(weights.AsSpan(FeatureCount));
        return new SoftmaxHead<T>(new ImmutableMatrix<T>(2, FeatureCount, weights), new ImmutableVector<T>(Bias + freeBias, freeBias));
    }

    /// <summary>This head moved against a gradient of the same shape: w − η·∂w, b − η·∂b.</summary>
    internal SigmoidHead<T> Descend(SigmoidHead<T> gradient, T learningRate)
    {
        var weights = new T[FeatureCount];
        TensorPrimitives.MultiplyAdd(gradient.Weights.AsSpan(), -learningRate, Weights.AsSpan(), weights);
        return new SigmoidHead<T>(new ImmutableVector<T>(weights), Bias - (learningRate * gradient.Bias));
    }
}
