using Verification.Symbolic.Claims;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Tests.Parsing;

/// <summary>A family's instances are streamed: elaborated on demand, the same each time, errors still reported at parse time.</summary>
public class StreamedFamilyTests
{
    private const string Jacobian = "for i, j in 0..3: diff(softmax([z[0..3]], i), z[j]) == softmax([z[0..3]], i) * (delta(i, j) - softmax([z[0..3]], j))";

    [Fact]
    public void EveryEnumerationGivesTheSameInstancesInOrder()
    {
        var family = Assert.IsType<ClaimFamily>(ClaimParser.Parse(Jacobian).GetValueOrThrow());

        var first = family.Instances.Select(Content).ToList();
        var second = family.Instances.Select(Content).ToList();

        Assert.IsType<StreamedInstances>(family.Instances);
        Assert.Equal(16, family.Instances.Count);
        Assert.Equal(first, second);
        Assert.Equal([(0, 0), (0, 1), (0, 2), (0, 3), (1, 0)], family.Instances.Take(5).Select(x => (x.Indices["i"], x.Indices["j"])));
        Assert.Equal(first[9], Content(family.Instances[9]));
        Assert.Equal(first[0], Content(family.Instances[0]));
        var beyond = Assert.Throws<ArgumentOutOfRangeException>(() => family.Instances[16]);
        Assert.Contains("the family has 16 instances", beyond.Message, StringComparison.Ordinal);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => family.Instances[-1]);
        Assert.Contains("the family has 16 instances", negative.Message, StringComparison.Ordinal);
    }

    // Index dictionaries compare by reference; their contents and the claim compare by value.
    private static (string Indices, IdentityClaim Claim) Content(ClaimInstance instance) =>
        (string.Join(", ", instance.Indices.Select(index => $"{index.Key} = {index.Value}")), instance.Claim);

    [Fact]
    public void AnErrorInALateInstanceIsStillAParseError()
    {
        var result = ClaimParser.Parse("for i in 0..3: softmax([a, b, c], i) == a");

        Assert.False(result.IsSuccess);
        Assert.Contains("softmax index i = 3 is out of range", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFamilyOfEveryJacobianEntryAtN128IsAccepted()
    {
        var text = "for i, j in 0..127: diff(softmax([z[0..127]], i), z[j]) == softmax([z[0..127]], i) * (delta(i, j) - softmax([z[0..127]], j))";

        var family = Assert.IsType<ClaimFamily>(ClaimParser.Parse(text).GetValueOrThrow());

        Assert.Equal(128 * 128, family.Instances.Count);
    }
}
