### English messages of custom fields (issue 20 item 1): defining, retiring and setting them.

entity-field = field
fields-yes = yes
fields-no = no
fields-col-values = Values
fields-col-label = Label
# Variables: $name
fields-err-bad_name = { $name } is not a field name: use lower-case letters a-z, digits and _, starting with a letter (at most 40)
# Variables: $name
fields-err-reserved = { $name } is a built-in field or filter word: choose another name
# Variables: $on, $name
fields-err-exists = A { $on } field named { $name } exists already
# Variables: $value
fields-err-value_twice = The value { $value } is given twice
# Variables: $name
fields-err-choice_needs_values = The choice field { $name } needs its values: --values a,b,c
# Variables: $name
fields-err-values_only_choice = Only a choice field has values ({ $name } is not one)
# Variables: $on, $name
fields-err-unknown = There is no { $on } field named { $name } (lejek field list shows them)
# Variables: $name
fields-err-retired = The field { $name } is retired: its values can no longer be set
# Variables: $field, $value
fields-err-not_number = { $field }: { $value } is not a number
# Variables: $field, $value
fields-err-not_money = { $field }: { $value } is not an amount
# Variables: $field, $value
fields-err-not_date = { $field }: { $value } is not a date
# Variables: $field, $value
fields-err-not_bool = { $field }: { $value } is not yes or no
# Variables: $field, $value, $values
fields-err-not_choice = { $field }: { $value } is not one of { $values }
# Variables: $name, $kind
fields-err-by_choice = --by field: groups by a choice field; { $name } is a { $kind } field
fields-col-on = On
# Variables: $value
fields-err-on = { $value } is neither deal nor contact
# Variables: $value, $kinds
fields-err-kind = { $value } is not a field kind: { $kinds }
fields-err-column_list = --column names a custom field: only the deal and contact lists have them
# Variables: $value
fields-err-pair = --field wants NAME=VALUE (NAME= clears it), not { $value }

## --help of `lejek field` and the --field options

help-field-about = Custom fields on deals and contacts
help-field-after =
    lejek field add deal --name waga --kind number
    lejek field list
help-field-add-about = Define a custom field (admins): kinds text, number, money, date, choice, bool
help-field-add-after =
    lejek field add deal --name waga --kind number --label-pl Waga --label-en Weight
    lejek field add contact --name branza --kind choice --values transport,handel
help-field-add-arg-on = deal or contact
help-field-add-arg-name = Lower-case letters, digits and _; filters, --field and files name it so
help-field-add-arg-kind = text, number, money, date, choice or bool (yes/no)
help-field-add-arg-values = A choice field's values, comma-separated
help-field-add-arg-label_pl = The label in Polish
help-field-add-arg-label_en = The label in English
help-field-list-about = List the custom fields (of deals or contacts, or both)
help-field-list-after =
    lejek field list
    lejek field list deal --format json
help-field-list-arg-on = deal or contact (both when left out)
help-field-list-arg-format = Output: table, csv or json
help-field-retire-about = Retire a custom field (admins): no longer shown, set or filtered; its values stay in history and export
help-field-retire-after = lejek field retire deal waga
help-field-retire-arg-on = deal or contact
help-field-retire-arg-name = The field's name
help-deal-add-arg-field = A custom field's value, NAME=VALUE (NAME= clears it); repeat for several
help-deal-set-arg-field = A custom field's value, NAME=VALUE (NAME= clears it); repeat for several
help-contact-add-arg-field = A custom field's value, NAME=VALUE (NAME= clears it); repeat for several
help-contact-set-arg-field = A custom field's value, NAME=VALUE (NAME= clears it); repeat for several
