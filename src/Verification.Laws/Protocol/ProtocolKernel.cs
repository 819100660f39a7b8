namespace Verification.Laws.Protocol;

/// <summary>
/// A kernel slot as the case and result files spell it: its name (the <see cref="ActivationKernels{T}"/> member),
/// the names of its vector inputs, the name of its scalar hyperparameter if it has one, and the shape of its output.
/// The names follow the math of each slot (z logits and y targets for the cross-entropy gradient, g the upstream
/// gradient of the vector–Jacobian product), so a script can call its kernel with the case's inputs by name.
/// </summary>
/// <param name="Name">The slot, e.g. <c>Softmax</c>, <c>SoftmaxWithTemperature</c>.</param>
/// <param name="InputNames">The vector inputs in call order, e.g. <c>["x"]</c> or <c>["z", "y"]</c>.</param>
/// <param name="HyperparameterName"><c>temperature</c> or <c>smoothing</c>, or null when the kernel has none.</param>
/// <param name="OutputShape">What the output holds, for the documentation written into the case file.</param>
public sealed record ProtocolKernel(string Name, IReadOnlyList<string> InputNames, string? HyperparameterName, string OutputShape)
{
    private const string SameWidth = "k values (the width of the first input)";

    /// <summary>Every slot, in the order of <see cref="ActivationKernels{T}"/>.</summary>
    public static IReadOnlyList<ProtocolKernel> All { get; } =
    [
        new(nameof(ActivationKernels<double>.Softmax), ["x"], null, SameWidth),
        new(nameof(ActivationKernels<double>.LogSoftmax), ["x"], null, SameWidth),
        new(nameof(ActivationKernels<double>.Sigmoid), ["x"], null, SameWidth + ", elementwise"),
        new(nameof(ActivationKernels<double>.SoftmaxJacobian), ["x"], null, "k·k values: J = diag(s) − s sᵀ row-major"),
        new(nameof(ActivationKernels<double>.SoftmaxVectorJacobianProduct), ["x", "g"], null, SameWidth + ": J(x)ᵀ g"),
        new(nameof(ActivationKernels<double>.LogSumExp), ["x"], null, "1 value: log Σⱼ exp(xⱼ)"),
        new(nameof(ActivationKernels<double>.CrossEntropyGradient), ["z", "y"], null, SameWidth + ": ∇_z(−Σ yᵢ log softmax(z)ᵢ) = (Σ y)·softmax(z) − y"),
        new(nameof(ActivationKernels<double>.Tanh), ["x"], null, SameWidth + ", elementwise"),
        new(nameof(ActivationKernels<double>.Softplus), ["x"], null, SameWidth + ", elementwise"),
        new(nameof(ActivationKernels<double>.LogSigmoid), ["x"], null, SameWidth + ", elementwise"),
        new(nameof(ActivationKernels<double>.Silu), ["x"], null, SameWidth + ", elementwise"),
        new(nameof(ActivationKernels<double>.SoftmaxWithTemperature), ["x"], "temperature", SameWidth + ": softmax(x / temperature)"),
        new(nameof(ActivationKernels<double>.LogSoftmaxWithTemperature), ["x"], "temperature", SameWidth + ": log softmax(x / temperature)"),
        new(nameof(ActivationKernels<double>.SmoothLabels), ["y"], "smoothing", SameWidth + ": (1 − smoothing)·y + smoothing/k"),
        new(nameof(ActivationKernels<double>.SmoothedCrossEntropyGradient), ["z", "y"], "smoothing", SameWidth + ": the same gradient for y′ = (1 − smoothing)·y + smoothing/k"),
    ];

    /// <summary>The slot of this name (ordinal), or null.</summary>
    public static ProtocolKernel? Find(string name) => All.FirstOrDefault(kernel => string.Equals(kernel.Name, name, StringComparison.Ordinal));
}
