using System.Reflection;

namespace Verification.Laws.Kernels;

/// <summary>
/// Binds the public static methods of a type to kernels by name and exact signature, in the
/// <c>TensorPrimitives</c> convention: <c>Softmax(ReadOnlySpan&lt;T&gt; x, Span&lt;T&gt; destination)</c> and so on,
/// for T = float and T = double. Non-generic overloads win; otherwise a generic method definition with one
/// type parameter is closed over float or double (this is how <c>TensorPrimitives.SoftMax&lt;T&gt;</c> binds).
/// </summary>
internal static class StaticClassBinder
{
    public static Implementation Bind(Type type, string name)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.ContainsGenericParameters)
        {
            throw new KernelBindingException(
                $"Type '{type.FullName}' is an open generic type; kernels are bound from a type whose static methods can be called, such as a static class.");
        }

        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Static);
        var notes = new List<string>();
        var single = BindPrecision<float>(type, methods, notes);
        var @double = BindPrecision<double>(type, methods, notes);
        var implementation = new Implementation(name, single, @double) { BindingNotes = [.. notes.Distinct(StringComparer.Ordinal)] };
        if (single.PresentKernelNames.Count == 0 && @double.PresentKernelNames.Count == 0)
        {
            throw new KernelBindingException(NothingBoundMessage(type, methods, notes));
        }

        return implementation;
    }

    private static ActivationKernels<T> BindPrecision<T>(Type type, MethodInfo[] methods, List<string> notes)
    {
        var bound = new Dictionary<string, Delegate>(StringComparer.Ordinal);
        var boundMethodNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var nearMisses = new List<(KernelSlot Slot, string Note)>();
        foreach (var slot in KernelSlot.All)
        {
            var (kernel, nearMiss) = BindSlot(type, methods, slot, typeof(T), notes);
            if (kernel is not null)
            {
                bound[slot.SlotName] = kernel;
                boundMethodNames.Add(slot.MethodName);
            }
            else if (nearMiss is not null)
            {
                nearMisses.Add((slot, nearMiss));
            }
        }

        // A method that fills one slot is not a near miss of another slot sharing its name: Softmax(x, destination)
        // without a temperature overload is a complete softmax, not a mistyped tempered softmax.
        notes.AddRange(nearMisses.Where(miss => !boundMethodNames.Contains(miss.Slot.MethodName)).Select(static miss => miss.Note));

        return new ActivationKernels<T>(
            Softmax: Get<SpanKernel<T>>(nameof(ActivationKernels<T>.Softmax)),
            LogSoftmax: Get<SpanKernel<T>>(nameof(ActivationKernels<T>.LogSoftmax)),
            Sigmoid: Get<SpanKernel<T>>(nameof(ActivationKernels<T>.Sigmoid)),
            SoftmaxJacobian: Get<SpanKernel<T>>(nameof(ActivationKernels<T>.SoftmaxJacobian)),
            SoftmaxVectorJacobianProduct: Get<PairedSpanKernel<T>>(nameof(ActivationKernels<T>.SoftmaxVectorJacobianProduct)),
            LogSumExp: Get<SpanReduction<T>>(nameof(ActivationKernels<T>.LogSumExp)),
            CrossEntropyGradient: Get<PairedSpanKernel<T>>(nameof(ActivationKernels<T>.CrossEntropyGradient)),
            Tanh: Get<SpanKernel<T>>(nameof(ActivationKernels<T>.Tanh)),
            Softplus: Get<SpanKernel<T>>(nameof(ActivationKernels<T>.Softplus)),
            LogSigmoid: Get<SpanKernel<T>>(nameof(ActivationKernels<T>.LogSigmoid)),
            Silu: Get<SpanKernel<T>>(nameof(ActivationKernels<T>.Silu)),
            SoftmaxWithTemperature: Get<ParameterizedSpanKernel<T>>(nameof(ActivationKernels<T>.SoftmaxWithTemperature)),
            LogSoftmaxWithTemperature: Get<ParameterizedSpanKernel<T>>(nameof(ActivationKernels<T>.LogSoftmaxWithTemperature)),
            SmoothLabels: Get<ParameterizedSpanKernel<T>>(nameof(ActivationKernels<T>.SmoothLabels)),
            SmoothedCrossEntropyGradient: Get<ParameterizedPairedSpanKernel<T>>(nameof(ActivationKernels<T>.SmoothedCrossEntropyGradient)));

        TDelegate? Get<TDelegate>(string slotName)
            where TDelegate : Delegate => bound.TryGetValue(slotName, out var kernel) ? (TDelegate)kernel : null;
    }

    /// <summary>The slot's kernel, or null and (when a method of its name exists but does not fit) a near-miss note.</summary>
    private static (Delegate? Kernel, string? NearMiss) BindSlot(Type type, MethodInfo[] methods, KernelSlot slot, Type precision, List<string> notes)
    {
        var named = methods.Where(m => string.Equals(m.Name, slot.MethodName, StringComparison.OrdinalIgnoreCase)).ToList();
        if (named.Count == 0)
        {
            return (null, null);
        }

        var exact = named.Where(m => !m.IsGenericMethodDefinition && slot.Matches(m, precision)).ToList();
        var chosen = exact.Count > 0 ? exact : CloseGenericCandidates(named, slot, precision, notes);
        if (chosen.Count > 1)
        {
            throw new KernelBindingException(
                $"Type '{type.FullName}' has {chosen.Count} methods that fit {slot.ExpectedSignature(precision)}: "
                + $"{string.Join("; ", chosen.Select(KernelSlot.Describe))}. Keep one, or wrap the one to audit in a type of its own.");
        }

        if (chosen.Count == 0)
        {
            return (null,
                $"{slot.SlotName} ({PrecisionName(precision)}) not bound: found {string.Join("; ", named.Select(KernelSlot.Describe))} "
                + $"but expected {slot.ExpectedSignature(precision)}.");
        }

        return (chosen[0].CreateDelegate(slot.DelegateTypeFor(precision)), null);
    }

    private static List<MethodInfo> CloseGenericCandidates(List<MethodInfo> named, KernelSlot slot, Type precision, List<string> notes)
    {
        var closed = new List<MethodInfo>();
        foreach (var definition in named.Where(static m => m.IsGenericMethodDefinition && m.GetGenericArguments().Length == 1))
        {
            MethodInfo candidate;
            try
            {
                candidate = definition.MakeGenericMethod(precision);
            }
            catch (ArgumentException violation)
            {
                // A generic constraint excludes this precision (for example INumber<T> on a custom type).
                notes.Add($"{KernelSlot.Describe(definition)} cannot be closed over {PrecisionName(precision)}: {violation.Message}");
                continue;
            }

            if (slot.Matches(candidate, precision))
            {
                closed.Add(candidate);
            }
        }

        return closed;
    }

    private static string NothingBoundMessage(Type type, MethodInfo[] methods, List<string> notes)
    {
        var expected = string.Join(
            Environment.NewLine,
            KernelSlot.All.Select(static slot => "  " + slot.ExpectedSignature(typeof(float)) + "   (and the same for double)"));
        var found = methods.Length == 0
            ? "  (no public static methods)"
            : string.Join(Environment.NewLine, methods.Take(40).Select(static m => "  " + KernelSlot.Describe(m)));
        var details = notes.Count == 0 ? "" : Environment.NewLine + "Near misses:" + Environment.NewLine + string.Join(Environment.NewLine, notes.Select(static n => "  " + n));
        return $"Type '{type.FullName}' provides none of the kernels the laws audit. Expected public static methods such as:"
            + $"{Environment.NewLine}{expected}{Environment.NewLine}Found:{Environment.NewLine}{found}{details}";
    }

    private static string PrecisionName(Type precision) => precision == typeof(float) ? "float" : "double";
}
