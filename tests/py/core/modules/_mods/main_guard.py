def main():
    return 'main() ran'
RESULT = main() if __name__ == '__main__' else 'imported, main() not run'
