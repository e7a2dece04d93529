using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Finds the [TestClass]/[TestMethod]/[DataRow] tests of a portable test assembly and runs one by id, so a
    /// host xunit theory can report each as its own test case. Unlike the device runner, which runs [Setup]
    /// once per class, the host runs [Setup] and [Cleanup] around every test: tests must not depend on order.
    /// </summary>
    public static class NanoTestRunner
    {
        public static IEnumerable<object[]> Discover(Assembly assembly)
        {
            ArgumentNullException.ThrowIfNull(assembly);
            var ids = new List<object[]>();
            foreach (Type type in assembly.GetTypes())
            {
                if (type.GetCustomAttribute<TestClassAttribute>() == null)
                {
                    continue;
                }

                foreach (MethodInfo method in TestMethods(type))
                {
                    DataRowAttribute[] rows = (DataRowAttribute[])method.GetCustomAttributes(typeof(DataRowAttribute), false);
                    if (rows.Length == 0)
                    {
                        ids.Add(new object[] { type.FullName + "." + method.Name });
                    }

                    for (int i = 0; i < rows.Length; i++)
                    {
                        ids.Add(new object[] { type.FullName + "." + method.Name + "#" + i.ToString(CultureInfo.InvariantCulture) });
                    }
                }
            }

            ids.Sort((a, b) => string.CompareOrdinal((string)a[0], (string)b[0]));
            return ids;
        }

        public static void Run(Assembly assembly, string id)
        {
            ArgumentNullException.ThrowIfNull(assembly);
            ArgumentNullException.ThrowIfNull(id);
            int hash = id.IndexOf('#', StringComparison.Ordinal);
            string path = hash < 0 ? id : id.Substring(0, hash);
            int dot = path.LastIndexOf('.');
            Type type = assembly.GetType(path.Substring(0, dot), throwOnError: true)!;
            MethodInfo method = type.GetMethod(path.Substring(dot + 1), BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                ?? throw new InvalidOperationException("no test method " + id);
            object?[]? arguments = null;
            if (hash >= 0)
            {
                int row = int.Parse(id.AsSpan(hash + 1), CultureInfo.InvariantCulture);
                arguments = ((DataRowAttribute[])method.GetCustomAttributes(typeof(DataRowAttribute), false))[row].MethodParameters;
            }

            object? instance = method.IsStatic && type.IsAbstract ? null : Activator.CreateInstance(type);
            InvokeAll(type, instance, typeof(SetupAttribute));
            try
            {
                Invoke(method, instance, arguments);
            }
            finally
            {
                InvokeAll(type, instance, typeof(CleanupAttribute));
            }
        }

        private static IEnumerable<MethodInfo> TestMethods(Type type)
        {
            foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttribute<TestMethodAttribute>() != null)
                {
                    yield return method;
                }
            }
        }

        private static void InvokeAll(Type type, object? instance, Type attribute)
        {
            foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttributes(attribute, false).Length > 0)
                {
                    Invoke(method, instance, null);
                }
            }
        }

        private static void Invoke(MethodInfo method, object? instance, object?[]? arguments)
        {
            try
            {
                method.Invoke(method.IsStatic ? null : instance, arguments);
            }
            catch (TargetInvocationException ex) when (ex.InnerException != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            }
        }
    }
}
