namespace Verification.Laws.Kernels;

/// <summary>
/// The kernels of one implementation in one precision. Every member is optional: a law that needs a missing
/// kernel reports "not applicable" instead of failing, so partial libraries (for example
/// <c>TensorPrimitives</c>, which has no Jacobian) can still be audited on what they do provide.
/// </summary>
/// <param name="Softmax">softmax(x)ᵢ = exp(xᵢ) / Σⱼ exp(xⱼ).</param>
/// <param name="LogSoftmax">log softmax(x)ᵢ = xᵢ − log Σⱼ exp(xⱼ).</param>
/// <param name="Sigmoid">σ(x) = 1 / (1 + exp(−x)), elementwise.</param>
/// <param name="SoftmaxJacobian">J = diag(s) − s sᵀ written k×k row-major.</param>
/// <param name="SoftmaxVectorJacobianProduct">(x, g) ↦ J(x)ᵀ g.</param>
/// <param name="LogSumExp">x ↦ log Σⱼ exp(xⱼ).</param>
/// <param name="CrossEntropyGradient">(logits z, targets y) ↦ ∇_z(−Σᵢ yᵢ log softmax(z)ᵢ) = softmax(z) − y.</param>
/// <param name="Tanh">tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ), elementwise.</param>
/// <param name="Softplus">softplus(x) = log(1 + eˣ), elementwise.</param>
/// <param name="LogSigmoid">log σ(x) = −log(1 + e⁻ˣ), elementwise.</param>
/// <param name="Silu">SiLU(x) = x·σ(x), elementwise.</param>
/// <param name="SoftmaxWithTemperature">(x, T) ↦ softmax(x/T), a method <c>Softmax(x, destination, temperature)</c>.</param>
/// <param name="LogSoftmaxWithTemperature">(x, T) ↦ log softmax(x/T), a method <c>LogSoftmax(x, destination, temperature)</c>.</param>
/// <param name="SmoothLabels">(y, ε) ↦ (1 − ε)y + ε/n, n = the width of y.</param>
/// <param name="SmoothedCrossEntropyGradient">
/// (logits z, targets y, ε) ↦ softmax(z) − ((1 − ε)y + ε/n), a method <c>CrossEntropyGradient(z, y, destination, smoothing)</c>.
/// </param>
public sealed record ActivationKernels<T>(
    SpanKernel<T>? Softmax = null,
    SpanKernel<T>? LogSoftmax = null,
    SpanKernel<T>? Sigmoid = null,
    SpanKernel<T>? SoftmaxJacobian = null,
    PairedSpanKernel<T>? SoftmaxVectorJacobianProduct = null,
    SpanReduction<T>? LogSumExp = null,
    PairedSpanKernel<T>? CrossEntropyGradient = null,
    SpanKernel<T>? Tanh = null,
    SpanKernel<T>? Softplus = null,
    SpanKernel<T>? LogSigmoid = null,
    SpanKernel<T>? Silu = null,
    ParameterizedSpanKernel<T>? SoftmaxWithTemperature = null,
    ParameterizedSpanKernel<T>? LogSoftmaxWithTemperature = null,
    ParameterizedSpanKernel<T>? SmoothLabels = null,
    ParameterizedPairedSpanKernel<T>? SmoothedCrossEntropyGradient = null)
{
    /// <summary>Names of the kernels that are present, in declaration order.</summary>
    public IReadOnlyList<string> PresentKernelNames
    {
        get
        {
            var names = new List<string>();
            AddIfPresent(Softmax, nameof(Softmax));
            AddIfPresent(LogSoftmax, nameof(LogSoftmax));
            AddIfPresent(Sigmoid, nameof(Sigmoid));
            AddIfPresent(SoftmaxJacobian, nameof(SoftmaxJacobian));
            AddIfPresent(SoftmaxVectorJacobianProduct, nameof(SoftmaxVectorJacobianProduct));
            AddIfPresent(LogSumExp, nameof(LogSumExp));
            AddIfPresent(CrossEntropyGradient, nameof(CrossEntropyGradient));
            AddIfPresent(Tanh, nameof(Tanh));
            AddIfPresent(Softplus, nameof(Softplus));
            AddIfPresent(LogSigmoid, nameof(LogSigmoid));
            AddIfPresent(Silu, nameof(Silu));
            AddIfPresent(SoftmaxWithTemperature, nameof(SoftmaxWithTemperature));
            AddIfPresent(LogSoftmaxWithTemperature, nameof(LogSoftmaxWithTemperature));
            AddIfPresent(SmoothLabels, nameof(SmoothLabels));
            AddIfPresent(SmoothedCrossEntropyGradient, nameof(SmoothedCrossEntropyGradient));
            return names;

            void AddIfPresent(Delegate? kernel, string name)
            {
                if (kernel is not null)
                {
                    names.Add(name);
                }
            }
        }
    }
}
