using System.Numerics;
using System.Reflection;

namespace Verification.Laws.Kernels;

/// <summary>
/// One implementation under test: a display name and its float and double kernels (either may be empty,
/// <c>new ActivationKernels&lt;float&gt;()</c>).
/// </summary>
/// <param name="Name">Shown in results and conformance tables.</param>
/// <param name="SinglePrecision">Single-precision kernels.</param>
/// <param name="DoublePrecision">Double-precision kernels.</param>
public sealed record Implementation(string Name, ActivationKernels<float> SinglePrecision, ActivationKernels<double> DoublePrecision)
{
    /// <summary>What the reflection binder noticed but could not bind (wrong signatures, unsatisfiable constraints).</summary>
    public IReadOnlyList<string> BindingNotes { get; init; } = [];

    /// <summary>
    /// Whether a failure is shrunk by calling the kernels on smaller inputs: true for code; false for kernels that
    /// answer only the inputs recorded in a results file, or that only record the calls the laws make.
    /// </summary>
    public bool ShrinksFailures { get; init; } = true;

    /// <summary>The kernels of one precision.</summary>
    public ActivationKernels<T> KernelsFor<T>()
        where T : IFloatingPointIeee754<T> =>
        typeof(T) == typeof(float) ? (ActivationKernels<T>)(object)SinglePrecision
        : typeof(T) == typeof(double) ? (ActivationKernels<T>)(object)DoublePrecision
        : throw new NotSupportedException($"Kernels exist for float and double, not {typeof(T).Name}.");

    /// <summary>
    /// Binds the public static methods of <paramref name="type"/> named Softmax (or SoftMax), LogSoftmax,
    /// Sigmoid, SoftmaxJacobian, SoftmaxVectorJacobianProduct, LogSumExp, CrossEntropyGradient, Tanh, Softplus,
    /// LogSigmoid and Silu with <c>TensorPrimitives</c>-convention signatures, and the overloads with a trailing
    /// hyperparameter (Softmax and LogSoftmax with a temperature, SmoothLabels, CrossEntropyGradient with a
    /// smoothing), for float and double.
    /// </summary>
    /// <exception cref="KernelBindingException">No kernel could be bound, or a kernel is ambiguous.</exception>
    public static Implementation FromStaticClass(Type type, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        return StaticClassBinder.Bind(type, name ?? type.FullName ?? type.Name);
    }

    /// <summary>
    /// Loads an assembly from disk and binds a type from it as <see cref="FromStaticClass"/> does; this is what
    /// an audit of someone else's library runs. <paramref name="typeName"/> may be a full name or, when
    /// unambiguous, a simple name.
    /// </summary>
    /// <exception cref="KernelBindingException">The file, assembly or type cannot be loaded, or nothing binds.</exception>
    public static Implementation FromAssembly(string assemblyPath, string typeName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assemblyPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        var fullPath = Path.GetFullPath(assemblyPath);
        if (!File.Exists(fullPath))
        {
            throw new KernelBindingException($"Assembly file '{fullPath}' does not exist.");
        }

        Assembly assembly;
        try
        {
            assembly = Assembly.LoadFrom(fullPath);
        }
        catch (Exception failure) when (failure is BadImageFormatException or FileLoadException)
        {
            throw new KernelBindingException($"'{fullPath}' could not be loaded as a .NET assembly: {failure.Message}", failure);
        }

        return FromStaticClass(FindType(assembly, typeName), $"{typeName} ({Path.GetFileName(fullPath)})");
    }

    private static Type FindType(Assembly assembly, string typeName)
    {
        var exact = assembly.GetType(typeName, throwOnError: false, ignoreCase: false);
        if (exact is not null)
        {
            return exact;
        }

        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException failure)
        {
            throw new KernelBindingException(
                $"Types of '{assembly.GetName().Name}' could not be loaded (a dependency is missing?): {failure.LoaderExceptions.FirstOrDefault()?.Message}",
                failure);
        }

        var bySimpleName = types.Where(t => t.Name == typeName).ToList();
        if (bySimpleName.Count == 1)
        {
            return bySimpleName[0];
        }

        var withKernels = types
            .Where(static t => t.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Any(static m => KernelSlot.All.Any(slot => string.Equals(slot.MethodName, m.Name, StringComparison.OrdinalIgnoreCase))))
            .Select(static t => t.FullName)
            .ToList();
        var reason = bySimpleName.Count > 1
            ? $"'{typeName}' matches several types ({string.Join(", ", bySimpleName.Select(static t => t.FullName))}); use the full name."
            : $"No public type '{typeName}' in '{assembly.GetName().Name}'.";
        var hint = withKernels.Count == 0
            ? " No public type in it has methods named like the kernels (Softmax, Sigmoid, ...)."
            : $" Types with kernel-named methods: {string.Join(", ", withKernels)}.";
        throw new KernelBindingException(reason + hint);
    }
}
