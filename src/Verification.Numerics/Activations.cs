namespace Verification.Numerics;

/// <summary>
/// Span facade in the <c>TensorPrimitives</c> convention, float and double, so that tools which
/// audit <c>TensorPrimitives</c>-shaped kernels can load ours unchanged.
/// </summary>
/// <remarks>
/// Every method forwards to the generic kernel of the same name in <see cref="StablePrimitives"/>,
/// which documents the formula, the stability trick, the accuracy bound and the exceptions.
/// </remarks>
public static class Activations
{
    /// <summary>softmax(x)ᵢ = e^(xᵢ) / Σⱼ e^(xⱼ); see <see cref="StablePrimitives.Softmax{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <param name="x">The logits.</param>
    /// <param name="destination">Receives the probabilities.</param>
    /// <exception cref="ArgumentException">Empty <paramref name="x"/> or a too short or overlapping <paramref name="destination"/>.</exception>
    public static void Softmax(ReadOnlySpan<float> x, Span<float> destination) => StablePrimitives.Softmax(x, destination);

    /// <inheritdoc cref="Softmax(ReadOnlySpan{float}, Span{float})"/>
    public static void Softmax(ReadOnlySpan<double> x, Span<double> destination) => StablePrimitives.Softmax(x, destination);

    /// <summary>log softmax(x)ᵢ = xᵢ − log Σⱼ e^(xⱼ); see <see cref="StablePrimitives.LogSoftmax{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <param name="x">The logits.</param>
    /// <param name="destination">Receives the log-probabilities.</param>
    /// <exception cref="ArgumentException">Empty <paramref name="x"/> or a too short or overlapping <paramref name="destination"/>.</exception>
    public static void LogSoftmax(ReadOnlySpan<float> x, Span<float> destination) => StablePrimitives.LogSoftmax(x, destination);

    /// <inheritdoc cref="LogSoftmax(ReadOnlySpan{float}, Span{float})"/>
    public static void LogSoftmax(ReadOnlySpan<double> x, Span<double> destination) => StablePrimitives.LogSoftmax(x, destination);

    /// <summary>
    /// Tempered softmax(x/T)ᵢ = e^(xᵢ/T) / Σⱼ e^(xⱼ/T), shifted by the maximum before dividing by T; see
    /// <see cref="StablePrimitives.SoftmaxWithTemperature{T}(ReadOnlySpan{T}, Span{T}, T)"/>.
    /// </summary>
    /// <param name="x">The logits.</param>
    /// <param name="destination">Receives the probabilities.</param>
    /// <param name="temperature">T &gt; 0, finite.</param>
    /// <exception cref="ArgumentException">Empty <paramref name="x"/> or a too short or overlapping <paramref name="destination"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="temperature"/> is not positive, NaN or +∞.</exception>
    public static void Softmax(ReadOnlySpan<float> x, Span<float> destination, float temperature) =>
        StablePrimitives.SoftmaxWithTemperature(x, destination, temperature);

    /// <inheritdoc cref="Softmax(ReadOnlySpan{float}, Span{float}, float)"/>
    public static void Softmax(ReadOnlySpan<double> x, Span<double> destination, double temperature) =>
        StablePrimitives.SoftmaxWithTemperature(x, destination, temperature);

    /// <summary>
    /// Tempered log softmax(x/T)ᵢ = xᵢ/T − log Σⱼ e^(xⱼ/T); see
    /// <see cref="StablePrimitives.LogSoftmaxWithTemperature{T}(ReadOnlySpan{T}, Span{T}, T)"/>.
    /// </summary>
    /// <param name="x">The logits.</param>
    /// <param name="destination">Receives the log-probabilities.</param>
    /// <param name="temperature">T &gt; 0, finite.</param>
    /// <exception cref="ArgumentException">Empty <paramref name="x"/> or a too short or overlapping <paramref name="destination"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="temperature"/> is not positive, NaN or +∞.</exception>
    public static void LogSoftmax(ReadOnlySpan<float> x, Span<float> destination, float temperature) =>
        StablePrimitives.LogSoftmaxWithTemperature(x, destination, temperature);

    /// <inheritdoc cref="LogSoftmax(ReadOnlySpan{float}, Span{float}, float)"/>
    public static void LogSoftmax(ReadOnlySpan<double> x, Span<double> destination, double temperature) =>
        StablePrimitives.LogSoftmaxWithTemperature(x, destination, temperature);

    /// <summary>σ(xᵢ) = 1 / (1 + e^(−xᵢ)); see <see cref="StablePrimitives.Sigmoid{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives σ(xᵢ).</param>
    /// <exception cref="ArgumentException">Empty <paramref name="x"/> or a too short or overlapping <paramref name="destination"/>.</exception>
    public static void Sigmoid(ReadOnlySpan<float> x, Span<float> destination) => StablePrimitives.Sigmoid(x, destination);

    /// <inheritdoc cref="Sigmoid(ReadOnlySpan{float}, Span{float})"/>
    public static void Sigmoid(ReadOnlySpan<double> x, Span<double> destination) => StablePrimitives.Sigmoid(x, destination);

    /// <summary>tanh(xᵢ); see <see cref="StablePrimitives.Tanh{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives tanh(xᵢ).</param>
    /// <exception cref="ArgumentException">Empty <paramref name="x"/> or a too short or overlapping <paramref name="destination"/>.</exception>
    public static void Tanh(ReadOnlySpan<float> x, Span<float> destination) => StablePrimitives.Tanh(x, destination);

    /// <inheritdoc cref="Tanh(ReadOnlySpan{float}, Span{float})"/>
    public static void Tanh(ReadOnlySpan<double> x, Span<double> destination) => StablePrimitives.Tanh(x, destination);

    /// <summary>softplus(xᵢ) = log(1 + e^(xᵢ)); see <see cref="StablePrimitives.Softplus{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives softplus(xᵢ).</param>
    /// <exception cref="ArgumentException">Empty <paramref name="x"/> or a too short or overlapping <paramref name="destination"/>.</exception>
    public static void Softplus(ReadOnlySpan<float> x, Span<float> destination) => StablePrimitives.Softplus(x, destination);

    /// <inheritdoc cref="Softplus(ReadOnlySpan{float}, Span{float})"/>
    public static void Softplus(ReadOnlySpan<double> x, Span<double> destination) => StablePrimitives.Softplus(x, destination);

    /// <summary>log σ(xᵢ); see <see cref="StablePrimitives.LogSigmoid{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives log σ(xᵢ).</param>
    /// <exception cref="ArgumentException">Empty <paramref name="x"/> or a too short or overlapping <paramref name="destination"/>.</exception>
    public static void LogSigmoid(ReadOnlySpan<float> x, Span<float> destination) => StablePrimitives.LogSigmoid(x, destination);

    /// <inheritdoc cref="LogSigmoid(ReadOnlySpan{float}, Span{float})"/>
    public static void LogSigmoid(ReadOnlySpan<double> x, Span<double> destination) => StablePrimitives.LogSigmoid(x, destination);

    /// <summary>SiLU xᵢ·σ(xᵢ); see <see cref="StablePrimitives.Silu{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives xᵢ·σ(xᵢ).</param>
    /// <exception cref="ArgumentException">Empty <paramref name="x"/> or a too short or overlapping <paramref name="destination"/>.</exception>
    public static void Silu(ReadOnlySpan<float> x, Span<float> destination) => StablePrimitives.Silu(x, destination);

    /// <inheritdoc cref="Silu(ReadOnlySpan{float}, Span{float})"/>
    public static void Silu(ReadOnlySpan<double> x, Span<double> destination) => StablePrimitives.Silu(x, destination);

    /// <summary>
    /// Jᵢⱼ = sᵢ·(δᵢⱼ − sⱼ), s = softmax(x), k×k row-major; see
    /// <see cref="StablePrimitives.SoftmaxJacobian{T}(ReadOnlySpan{T}, Span{T})"/>.
    /// </summary>
    /// <param name="x">The logits (k of them).</param>
    /// <param name="jacobianRowMajor">Receives the k·k entries.</param>
    /// <exception cref="ArgumentException">Empty <paramref name="x"/>, or <paramref name="jacobianRowMajor"/> shorter than k² or overlapping <paramref name="x"/>.</exception>
    public static void SoftmaxJacobian(ReadOnlySpan<float> x, Span<float> jacobianRowMajor) => Jacobian(x, jacobianRowMajor);

    /// <inheritdoc cref="SoftmaxJacobian(ReadOnlySpan{float}, Span{float})"/>
    public static void SoftmaxJacobian(ReadOnlySpan<double> x, Span<double> jacobianRowMajor) => Jacobian(x, jacobianRowMajor);

    /// <summary>
    /// Jᵀg = s ⊙ (g − ⟨s, g⟩), s = softmax(x), without forming J; see
    /// <see cref="StablePrimitives.SoftmaxVectorJacobianProduct{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>.
    /// </summary>
    /// <param name="x">The logits.</param>
    /// <param name="upstreamGradient">The gradient g with respect to the softmax outputs.</param>
    /// <param name="destination">Receives Jᵀg.</param>
    /// <exception cref="ArgumentException">Empty <paramref name="x"/>, mismatched lengths, or a too short or overlapping <paramref name="destination"/>.</exception>
    public static void SoftmaxVectorJacobianProduct(ReadOnlySpan<float> x, ReadOnlySpan<float> upstreamGradient, Span<float> destination) =>
        StablePrimitives.SoftmaxVectorJacobianProduct(x, upstreamGradient, destination);

    /// <inheritdoc cref="SoftmaxVectorJacobianProduct(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    public static void SoftmaxVectorJacobianProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> upstreamGradient, Span<double> destination) =>
        StablePrimitives.SoftmaxVectorJacobianProduct(x, upstreamGradient, destination);

    /// <summary>log Σᵢ e^(xᵢ); see <see cref="StablePrimitives.LogSumExp{T}(ReadOnlySpan{T})"/>.</summary>
    /// <param name="x">The values.</param>
    /// <returns>log Σᵢ e^(xᵢ).</returns>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty.</exception>
    public static float LogSumExp(ReadOnlySpan<float> x) => StablePrimitives.LogSumExp(x);

    /// <inheritdoc cref="LogSumExp(ReadOnlySpan{float})"/>
    public static double LogSumExp(ReadOnlySpan<double> x) => StablePrimitives.LogSumExp(x);

    /// <summary>
    /// ∂/∂zᵢ of the cross-entropy −Σᵢ yᵢ log softmax(z)ᵢ, that is softmax(z)ᵢ − yᵢ; see
    /// <see cref="StablePrimitives.CrossEntropyGradient{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>.
    /// </summary>
    /// <param name="logits">The logits z.</param>
    /// <param name="targetProbabilities">The target distribution y.</param>
    /// <param name="destination">Receives the gradient.</param>
    /// <exception cref="ArgumentException">Empty <paramref name="logits"/>, mismatched lengths, targets not summing to 1, or a too short or overlapping <paramref name="destination"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A target outside [0, 1].</exception>
    public static void CrossEntropyGradient(ReadOnlySpan<float> logits, ReadOnlySpan<float> targetProbabilities, Span<float> destination) =>
        StablePrimitives.CrossEntropyGradient(logits, targetProbabilities, destination);

    /// <inheritdoc cref="CrossEntropyGradient(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    public static void CrossEntropyGradient(ReadOnlySpan<double> logits, ReadOnlySpan<double> targetProbabilities, Span<double> destination) =>
        StablePrimitives.CrossEntropyGradient(logits, targetProbabilities, destination);

    /// <summary>
    /// ∂/∂zᵢ of the label-smoothed cross-entropy, softmax(z)ᵢ − ((1 − ε)·yᵢ + ε/n); see
    /// <see cref="StablePrimitives.CrossEntropyGradient{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T}, T)"/>.
    /// </summary>
    /// <param name="logits">The logits z.</param>
    /// <param name="targetProbabilities">The target distribution y.</param>
    /// <param name="destination">Receives the gradient.</param>
    /// <param name="smoothing">ε ∈ [0, 1].</param>
    /// <exception cref="ArgumentException">Empty <paramref name="logits"/>, mismatched lengths, targets not summing to 1, or a too short or overlapping <paramref name="destination"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A target outside [0, 1], or <paramref name="smoothing"/> outside [0, 1] or NaN.</exception>
    public static void CrossEntropyGradient(
        ReadOnlySpan<float> logits, ReadOnlySpan<float> targetProbabilities, Span<float> destination, float smoothing) =>
        StablePrimitives.CrossEntropyGradient(logits, targetProbabilities, destination, smoothing);

    /// <inheritdoc cref="CrossEntropyGradient(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, float)"/>
    public static void CrossEntropyGradient(
        ReadOnlySpan<double> logits, ReadOnlySpan<double> targetProbabilities, Span<double> destination, double smoothing) =>
        StablePrimitives.CrossEntropyGradient(logits, targetProbabilities, destination, smoothing);

    /// <summary>Label smoothing y′ᵢ = (1 − ε)·yᵢ + ε/n; see <see cref="StablePrimitives.SmoothLabels{T}(ReadOnlySpan{T}, Span{T}, T)"/>.</summary>
    /// <param name="targets">The target distribution y.</param>
    /// <param name="destination">Receives y′.</param>
    /// <param name="smoothing">ε ∈ [0, 1].</param>
    /// <exception cref="ArgumentException">Empty <paramref name="targets"/>, targets not summing to 1, or a too short or overlapping <paramref name="destination"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A target outside [0, 1], or <paramref name="smoothing"/> outside [0, 1] or NaN.</exception>
    public static void SmoothLabels(ReadOnlySpan<float> targets, Span<float> destination, float smoothing) =>
        StablePrimitives.SmoothLabels(targets, destination, smoothing);

    /// <inheritdoc cref="SmoothLabels(ReadOnlySpan{float}, Span{float}, float)"/>
    public static void SmoothLabels(ReadOnlySpan<double> targets, Span<double> destination, double smoothing) =>
        StablePrimitives.SmoothLabels(targets, destination, smoothing);

    /// <summary>Checks the facade's own argument name first, so a fault names <c>jacobianRowMajor</c>.</summary>
    private static void Jacobian<T>(ReadOnlySpan<T> x, Span<T> jacobianRowMajor)
        where T : System.Numerics.IFloatingPointIeee754<T>
    {
        Guard.NotEmpty(x, nameof(x));
        var size = (long)x.Length * x.Length;
        if (size <= int.MaxValue)
        {
            Guard.DestinationFits(jacobianRowMajor, (int)size, nameof(jacobianRowMajor));
        }

        Guard.NoOverlap(x, nameof(x), jacobianRowMajor, nameof(jacobianRowMajor));
        StablePrimitives.SoftmaxJacobian(x, jacobianRowMajor);
    }
}
