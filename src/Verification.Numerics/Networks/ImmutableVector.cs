using System.Collections.Immutable;
using System.Globalization;

namespace Verification.Numerics.Networks;

/// <summary>An immutable vector of parameters or activations, equal to another when all entries are equal.</summary>
/// <typeparam name="T">float or double (any IEEE type).</typeparam>
public sealed record ImmutableVector<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly ImmutableArray<T> _values;

    /// <summary>Copies the values.</summary>
    /// <param name="values">The entries.</param>
    public ImmutableVector(params ReadOnlySpan<T> values) => _values = [.. values];

    /// <summary>The number of entries.</summary>
    public int Length => _values.Length;

    /// <summary>The entry at <paramref name="index"/>.</summary>
    /// <param name="index">0-based index.</param>
    public T this[int index] => _values[index];

    /// <summary>The entries as a span (no copy).</summary>
    /// <returns>A read-only view of the entries.</returns>
    public ReadOnlySpan<T> AsSpan() => _values.AsSpan();

    /// <summary>Entry-wise equality (NaN equals NaN, as in <see cref="IEquatable{T}"/>).</summary>
    /// <param name="other">The vector to compare with.</param>
    /// <returns>True when both have the same entries.</returns>
    public bool Equals(ImmutableVector<T>? other) => other is not null && AsSpan().SequenceEqual(other.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var value in _values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() =>
        "[" + string.Join(", ", _values.Select(value => value.ToString(null, CultureInfo.InvariantCulture))) + "]";
}
