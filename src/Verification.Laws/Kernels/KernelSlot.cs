using System.Reflection;

namespace Verification.Laws.Kernels;

/// <summary>
/// One kernel the binder looks for: the <see cref="ActivationKernels{T}"/> member it fills (<paramref name="SlotName"/>),
/// the method name it binds (matched ignoring case, so <c>SoftMax</c> binds to <c>Softmax</c>) and the delegate
/// shape it must have in a given precision. Several slots may share a method name and differ by signature:
/// <c>Softmax(x, destination)</c> fills Softmax and <c>Softmax(x, destination, temperature)</c> fills
/// SoftmaxWithTemperature.
/// </summary>
internal sealed record KernelSlot(string SlotName, string MethodName, Func<Type, Type> DelegateTypeFor)
{
    public static IReadOnlyList<KernelSlot> All { get; } =
    [
        Named(nameof(ActivationKernels<double>.Softmax), typeof(SpanKernel<>)),
        Named(nameof(ActivationKernels<double>.LogSoftmax), typeof(SpanKernel<>)),
        Named(nameof(ActivationKernels<double>.Sigmoid), typeof(SpanKernel<>)),
        Named(nameof(ActivationKernels<double>.SoftmaxJacobian), typeof(SpanKernel<>)),
        Named(nameof(ActivationKernels<double>.SoftmaxVectorJacobianProduct), typeof(PairedSpanKernel<>)),
        Named(nameof(ActivationKernels<double>.LogSumExp), typeof(SpanReduction<>)),
        Named(nameof(ActivationKernels<double>.CrossEntropyGradient), typeof(PairedSpanKernel<>)),
        Named(nameof(ActivationKernels<double>.Tanh), typeof(SpanKernel<>)),
        Named(nameof(ActivationKernels<double>.Softplus), typeof(SpanKernel<>)),
        Named(nameof(ActivationKernels<double>.LogSigmoid), typeof(SpanKernel<>)),
        Named(nameof(ActivationKernels<double>.Silu), typeof(SpanKernel<>)),
        Overload(nameof(ActivationKernels<double>.SoftmaxWithTemperature), nameof(ActivationKernels<double>.Softmax), typeof(ParameterizedSpanKernel<>)),
        Overload(nameof(ActivationKernels<double>.LogSoftmaxWithTemperature), nameof(ActivationKernels<double>.LogSoftmax), typeof(ParameterizedSpanKernel<>)),
        Named(nameof(ActivationKernels<double>.SmoothLabels), typeof(ParameterizedSpanKernel<>)),
        Overload(nameof(ActivationKernels<double>.SmoothedCrossEntropyGradient), nameof(ActivationKernels<double>.CrossEntropyGradient), typeof(ParameterizedPairedSpanKernel<>)),
    ];

    /// <summary>The expected signature in C# terms, for error messages.</summary>
    public string ExpectedSignature(Type precision)
    {
        var invoke = DelegateTypeFor(precision).GetMethod("Invoke")!;
        return $"static {Describe(invoke.ReturnType)} {MethodName}({string.Join(", ", invoke.GetParameters().Select(p => $"{Describe(p.ParameterType)} {p.Name}"))})";
    }

    /// <summary>True when the (closed) method has exactly the delegate's parameter and return types.</summary>
    public bool Matches(MethodInfo method, Type precision)
    {
        var invoke = DelegateTypeFor(precision).GetMethod("Invoke")!;
        var expected = invoke.GetParameters();
        var actual = method.GetParameters();
        return method.ReturnType == invoke.ReturnType
            && actual.Length == expected.Length
            && actual.Zip(expected).All(static pair => pair.First.ParameterType == pair.Second.ParameterType);
    }

    /// <summary>A slot whose method is named after it.</summary>
    private static KernelSlot Named(string name, Type openDelegateType) => Overload(name, name, openDelegateType);

    /// <summary>A slot bound from an overload of <paramref name="methodName"/> distinguished by its signature.</summary>
    private static KernelSlot Overload(string slotName, string methodName, Type openDelegateType) =>
        new(slotName, methodName, t => openDelegateType.MakeGenericType(t));

    /// <summary>A readable C#-like rendering of a method signature, for error messages.</summary>
    public static string Describe(MethodInfo method) =>
        $"{Describe(method.ReturnType)} {method.Name}{(method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(static a => a.Name))}>" : "")}({string.Join(", ", method.GetParameters().Select(static p => Describe(p.ParameterType)))})";

    private static string Describe(Type type) => type switch
    {
        { IsArray: true } => $"{Describe(type.GetElementType()!)}[]",
        { IsByRef: true } => $"ref {Describe(type.GetElementType()!)}",
        { IsGenericType: true } => $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>",
        _ when type == typeof(float) => "float",
        _ when type == typeof(double) => "double",
        _ when type == typeof(void) => "void",
        _ => type.Name,
    };
}
