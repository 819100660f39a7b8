using System.Collections.Immutable;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Canonical;

public class SolverScratchTests(ITestOutputHelper output)
{
    private static Symbol S(string name) => new(name);

    private void Show(EquivalenceResult result)
    {
        switch (result)
        {
            case EquivalenceSolutions s:
                foreach (var f in s.Families)
                {
                    output.WriteLine("family: " + string.Join(", ", f.Assignments.Select(a => $"{a.Unknown.Name} = {a.Value}")) + " free: " + string.Join(",", f.FreeUnknowns.Select(u => u.Name)) + " cond: " + string.Join(",", f.Conditions));
                }

                break;
            default:
                output.WriteLine(result.ToString());
                break;
        }
    }

    [Fact]
    public void Heads()
    {
        var (x0, x1) = (S("x0"), S("x1"));
        var sigmoid = new Sigmoid(S("w0") * x0 + S("w1") * x1 + S("b"));
        var softmax = new Softmax(new ExprList(S("v00") * x0 + S("v01") * x1 + S("c0"), S("v10") * x0 + S("v11") * x1 + S("c1")), 0);
        var forward = EquivalenceSolver.Solve(new SolveClaim([S("w0"), S("w1"), S("b")], sigmoid, softmax, [x0, x1]));
        Show(forward);
        var backward = EquivalenceSolver.Solve(new SolveClaim([S("v00"), S("v01"), S("v10"), S("v11"), S("c0"), S("c1")], softmax, sigmoid, [x0, x1]));
        Show(backward);
        var condition = EquivalenceSolver.Solve(new SolveClaim([x1], new Softmax(new ExprList(x0, x1), 0), new Sigmoid(x0), [x0]));
        Show(condition);
        var none = EquivalenceSolver.Solve(new SolveClaim([S("a")], new Sigmoid(x0), new Sigmoid(x0) + S("a") * 0 + 1, [x0]));
        Show(none);
        var poly = EquivalenceSolver.Solve(new SolveClaim([S("a"), S("b")], S("a") * x0 + S("b"), 2 * x0 + S("c"), [x0]));
        Show(poly);
        Assert.IsType<EquivalenceSolutions>(forward);
    }
}
