using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Expressions;

/// <summary>An ExprList's hash code depends on its items, so lists in a hash set or dictionary spread over buckets.</summary>
public class ExprListHashTests
{
    [Fact]
    public void DifferentItemsGiveDifferentHashCodes()
    {
        // Equal lists hash alike (the contract); lists of different items must not all collide. Eight
        // lists hashing to one value by chance has probability about 2^-224 (HashCode is 32-bit, seeded
        // per process); a hash that ignores the items collides every time.
        var lists = Enumerable.Range(0, 8).Select(k => new ExprList(new Symbol($"x{k}"))).ToList();

        Assert.Equal(new ExprList(new Symbol("x0")).GetHashCode(), lists[0].GetHashCode());
        Assert.True(lists.Select(l => l.GetHashCode()).Distinct().Count() > 1);
    }
}
