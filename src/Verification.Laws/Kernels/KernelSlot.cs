using System.Reflection;

namespace Verification.Laws.Kernels;

/// <summary>
/// One kernel the binder looks for: its canonical method name (matched ignoring case, so <c>SoftMax</c> binds
/// to <c>Softmax</c>) and the delegate shape it must have in a given precision.
/// </summary>
internal sealed record KernelSlot(string MethodName, Func<Type, Type> DelegateTypeFor)
{
    public static IReadOnlyList<KernelSlot> All { get; } =
    [
        new(nameof(ActivationKernels<double>.Softmax), static t => typeof(SpanKernel<>).MakeGenericType(t)),
        new(nameof(ActivationKernels<double>.LogSoftmax), static t => typeof(SpanKernel<>).MakeGenericType(t)),
        new(nameof(ActivationKernels<double>.Sigmoid), static t => typeof(SpanKernel<>).MakeGenericType(t)),
        new(nameof(ActivationKernels<double>.SoftmaxJacobian), static t => typeof(SpanKernel<>).MakeGenericType(t)),
        new(nameof(ActivationKernels<double>.SoftmaxVectorJacobianProduct), static t => typeof(PairedSpanKernel<>).MakeGenericType(t)),
        new(nameof(ActivationKernels<double>.LogSumExp), static t => typeof(SpanReduction<>).MakeGenericType(t)),
        new(nameof(ActivationKernels<double>.CrossEntropyGradient), static t => typeof(PairedSpanKernel<>).MakeGenericType(t)),
        new(nameof(ActivationKernels<double>.Tanh), static t => typeof(SpanKernel<>).MakeGenericType(t)),
        new(nameof(ActivationKernels<double>.Softplus), static t => typeof(SpanKernel<>).MakeGenericType(t)),
        new(nameof(ActivationKernels<double>.LogSigmoid), static t => typeof(SpanKernel<>).MakeGenericType(t)),
        new(nameof(ActivationKernels<double>.Silu), static t => typeof(SpanKernel<>).MakeGenericType(t)),
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
