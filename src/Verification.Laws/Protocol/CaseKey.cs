namespace Verification.Laws.Protocol;

/// <summary>
/// Identifies a kernel call by its exact bits: the slot, the precision, every input entry and hyperparameter as
/// IEEE bit patterns (so −0 and 0, and every NaN payload, are distinct), and the output length. Recording and
/// grading build the key from the same regenerated inputs, so a result is found again whatever its JSON spelling.
/// </summary>
internal sealed class CaseKey : IEquatable<CaseKey>
{
    private readonly string kernel;
    private readonly long[] bits;
    private readonly int hash;

    private CaseKey(string kernel, long[] bits)
    {
        this.kernel = kernel;
        this.bits = bits;
        var combined = new HashCode();
        combined.Add(kernel, StringComparer.Ordinal);
        foreach (var word in bits)
        {
            combined.Add(word);
        }

        hash = combined.ToHashCode();
    }

    /// <summary>The key of <paramref name="invocation"/>; widening to double is exact and injective, so its bits identify a float too.</summary>
    public static CaseKey Of<T>(KernelInvocation<T> invocation)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var words = new List<long> { PrecisionMarker<T>(), invocation.OutputLength };
        foreach (var input in invocation.Inputs)
        {
            words.Add(input.Length);
            words.AddRange(input.Select(static value => BitConverter.DoubleToInt64Bits(double.CreateTruncating(value))));
        }

        words.Add(invocation.Hyperparameters.Count);
        words.AddRange(invocation.Hyperparameters.Select(static value => BitConverter.DoubleToInt64Bits(double.CreateTruncating(value))));
        return new CaseKey(invocation.Kernel.Name, [.. words]);
    }

    /// <summary>The words hashed into the suite's digest: the key's slot as UTF-8 and then its bits.</summary>
    public void AppendTo(System.Security.Cryptography.IncrementalHash digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        digest.AppendData(System.Text.Encoding.UTF8.GetBytes(kernel));
        foreach (var word in bits)
        {
            digest.AppendData(BitConverter.GetBytes(word));
        }
    }

    /// <inheritdoc/>
    public bool Equals(CaseKey? other) =>
        other is not null && hash == other.hash && string.Equals(kernel, other.kernel, StringComparison.Ordinal) && bits.AsSpan().SequenceEqual(other.bits);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CaseKey);

    /// <inheritdoc/>
    public override int GetHashCode() => hash;

    private static long PrecisionMarker<T>()
        where T : IFloatingPointIeee754<T> => FloatingPointFacts<T>.Precision == Precision.SinglePrecision ? 32 : 64;
}
