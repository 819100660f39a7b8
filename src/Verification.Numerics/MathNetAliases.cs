// The double-precision MathNet types every kernel file with MathNet overloads names; declared once for
// the project instead of in each of those files.
global using MathNetMatrix = MathNet.Numerics.LinearAlgebra.Matrix<double>;
global using MathNetVector = MathNet.Numerics.LinearAlgebra.Vector<double>;
