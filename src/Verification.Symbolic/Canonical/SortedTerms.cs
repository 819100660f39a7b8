using System.Collections.Immutable;

namespace Verification.Symbolic.Canonical;

/// <summary>
/// The value semantics the canonical form's three building blocks share (<see cref="Monomial"/>'s
/// factors, <see cref="Polynomial"/>'s and <see cref="ExpPolynomial"/>'s terms): each is a list kept
/// in one canonical order with equal items merged, so two are equal exactly when their lists are equal
/// item by item. The hash is computed once, as the objects are immutable and compared often.
/// </summary>
/// <typeparam name="TSelf">The deriving class: equality is only between two of the same kind.</typeparam>
/// <typeparam name="TItem">One factor or term.</typeparam>
internal abstract class SortedTerms<TSelf, TItem> : IEquatable<TSelf>
    where TSelf : SortedTerms<TSelf, TItem>
    where TItem : IEquatable<TItem>
{
    private readonly int hash;

    /// <param name="items">Already in canonical order, equal items merged.</param>
    protected SortedTerms(ImmutableArray<TItem> items)
    {
        Items = items;
        var combined = new HashCode();
        foreach (var item in items)
        {
            combined.Add(item);
        }

        hash = combined.ToHashCode();
    }

    /// <summary>The factors or terms, in canonical order.</summary>
    protected ImmutableArray<TItem> Items { get; }

    public bool Equals(TSelf? other) =>
        other is not null && (ReferenceEquals(this, other) || (hash == other.hash && Items.AsSpan().SequenceEqual(other.Items.AsSpan())));

    public override bool Equals(object? obj) => Equals(obj as TSelf);

    public override int GetHashCode() => hash;
}
